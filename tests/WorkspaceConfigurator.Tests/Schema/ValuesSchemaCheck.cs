using System.Text.Json;
using Json.Schema;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Schema;

/// <summary>Checks a values file (YAML text) against the schema wsconf writes, as an editor's YAML language server would.</summary>
internal static class ValuesSchemaCheck
{
    public static IReadOnlyList<string> Errors(string schemaJson, string valuesYaml)
    {
        var schema = JsonSchema.FromText(schemaJson);
        var document = Yaml11.Load(valuesYaml, Yaml11Dialect.PyYaml).ToString(Newtonsoft.Json.Formatting.None);
        using var json = JsonDocument.Parse(document);
        var results = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid ? [] : Flatten(results);
    }

    /// <summary>The problems of a schema itself, checked against the draft 2020-12 meta-schema.</summary>
    public static IReadOnlyList<string> MetaErrors(string schemaJson)
    {
        using var json = JsonDocument.Parse(schemaJson);
        var results = MetaSchemas.Draft202012.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid ? [] : Flatten(results);
    }

    private static List<string> Flatten(EvaluationResults results)
    {
        var errors = new List<string>();
        foreach (var detail in results.Details ?? [])
        {
            foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
            {
                errors.Add($"{detail.InstanceLocation}: {keyword}: {message}");
            }
        }

        return errors.Count > 0 ? errors : ["invalid"];
    }
}
