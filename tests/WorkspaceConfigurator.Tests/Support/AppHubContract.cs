using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>
/// Checks a config.yml against the Application Hub contract (shared/contract/apphub-config.md): read the way the hub
/// reads it (PyYAML), validated with Schemas/apphub-config.schema.json, then the cross-field rules no schema can state.
/// </summary>
public static class AppHubContract
{
    /// <summary>Where the schema is copied next to the test binaries.</summary>
    public static string SchemaPath { get; } = Path.Combine(AppContext.BaseDirectory, "Schemas", "apphub-config.schema.json");

    // Parsed once per test run; a JsonSchema is only read after construction.
    private static readonly Lazy<JsonSchema> Schema =
        new(() => JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPath)).GetAwaiter().GetResult());

    /// <summary>Readable errors ("#/json.path: what"), empty when the file is valid.</summary>
    public static IReadOnlyList<string> Validate(string configYaml)
    {
        ArgumentNullException.ThrowIfNull(configYaml);
        JToken config;
        try
        {
            config = Yaml11.Load(configYaml, Yaml11Dialect.PyYaml);
        }
        catch (InvalidDataException e)
        {
            return [$"#: PyYAML cannot read this as one config document: {e.Message}"];
        }

        return Validate(config);
    }

    /// <summary>Errors for a config already read with <see cref="Yaml11Dialect.PyYaml"/>.</summary>
    public static IReadOnlyList<string> Validate(JToken config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var schemaErrors = SchemaErrors.Flatten(Schema.Value.Validate(config)).Select(e => $"{e.Path ?? "#"}: {e.Kind}");
        return schemaErrors.Concat(AppHubRules.Check(config)).Distinct().ToList();
    }
}
