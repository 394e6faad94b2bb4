using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>
/// The test oracle for Kubernetes objects, standing in for <c>kubectl apply --dry-run=server --validate=strict</c>:
/// YAML is read the way kubectl reads it (go-yaml v2, YAML 1.1 typing), each document is validated against the
/// strict Kubernetes 1.36 schema bundle (Schemas/k8s-1.36-strict.json, parsed once per test run), and then
/// checked by hand for what a schema cannot see (<see cref="KubernetesHandChecks"/>). A problem is one line.
/// Nulls are rejected even where the API server would read them as "unset": the strict schema types every
/// field, and wsconf never writes null, so a null in its output is a bug (fixture info-pod-null-field).
/// </summary>
public static class KubernetesValidator
{
    /// <summary>API versions of built-in kinds we accept; the bundle also holds removed beta APIs.</summary>
    public static readonly IReadOnlySet<string> AllowedApiVersions = new HashSet<string>(StringComparer.Ordinal)
    {
        "v1", "apps/v1", "batch/v1", "rbac.authorization.k8s.io/v1", "networking.k8s.io/v1", "policy/v1",
        "autoscaling/v2", "storage.k8s.io/v1", "scheduling.k8s.io/v1", "coordination.k8s.io/v1", "discovery.k8s.io/v1",
    };

    /// <summary>Custom resources the hub dispatches, with their fixed API versions: no schema, header checks only.</summary>
    public static readonly IReadOnlyDictionary<string, string> CustomResources = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["helm.crossplane.io/v1beta1"] = "Release",
        ["kubernetes.crossplane.io/v1alpha2"] = "Object",
        ["external-secrets.io/v1beta1"] = "ExternalSecret",
    };

    private static readonly Lazy<(JsonSchema Bundle, JObject Kinds)> Schema = new(Load);

    public static string BundlePath => Path.Combine(AppContext.BaseDirectory, "Schemas", "k8s-1.36-strict.json");

    /// <summary>Every problem of every document of a YAML stream, each prefixed with the document it is in.</summary>
    public static IReadOnlyList<string> ValidateYaml(string yaml)
    {
        IReadOnlyList<JToken> documents;
        try
        {
            documents = Yaml11.LoadAll(yaml, Yaml11Dialect.GoYamlV2);
        }
        catch (InvalidDataException e)
        {
            return [$"not readable as Kubernetes YAML: {e.Message}"];
        }

        if (documents.Count == 0)
        {
            return ["no document"];
        }

        return documents.SelectMany((d, i) => Validate(d).Select(p => $"document {i + 1} ({Describe(d)}): {p}")).ToList();
    }

    /// <summary>The problems of one object.</summary>
    public static IReadOnlyList<string> Validate(JToken document)
    {
        if (document is not JObject obj)
        {
            return [$"not a mapping but {document.Type}"];
        }

        var problems = new List<string>();
        KubernetesHandChecks.NoTemplateSyntax(obj, problems);
        KubernetesHandChecks.NoNulls(obj, problems);
        var apiVersion = (obj["apiVersion"] as JValue)?.Value as string;
        var kind = (obj["kind"] as JValue)?.Value as string;
        if (apiVersion is null || kind is null)
        {
            problems.Add("apiVersion and kind must be strings");
            return problems;
        }

        if (CustomResources.TryGetValue(apiVersion, out var customKind))
        {
            if (kind != customKind)
            {
                problems.Add($"{apiVersion} holds kind {customKind}, not {kind}");
            }

            KubernetesHandChecks.Metadata(obj, kind, problems);
            return problems;
        }

        if (!AllowedApiVersions.Contains(apiVersion))
        {
            problems.Add($"apiVersion '{apiVersion}' is not an allowed API version");
            return problems;
        }

        var (bundle, kinds) = Schema.Value;
        if ((string?)kinds[$"{apiVersion}/{kind}"] is not { } definition)
        {
            problems.Add($"no schema for {apiVersion}/{kind}");
            return problems;
        }

        problems.AddRange(SchemaProblems(bundle.Definitions[definition], obj));
        KubernetesHandChecks.All(obj, kind, problems);
        return problems;
    }

    /// <summary>Schema problems of a fragment against a named definition (e.g. v1.IPodSpec), plus the pod checks for pod specs.</summary>
    public static IReadOnlyList<string> ValidateFragment(JToken fragment, string definition)
    {
        var problems = SchemaProblems(Schema.Value.Bundle.Definitions[definition], fragment).ToList();
        if (definition == "v1.IPodSpec" && fragment is JObject podSpec)
        {
            KubernetesHandChecks.PodSpec(podSpec, "", problems);
        }

        return problems;
    }

    private static IEnumerable<string> SchemaProblems(JsonSchema schema, JToken token) =>
        SchemaErrors.Flatten(schema.Validate(token)).Select(e => $"schema: {e.Path} {e.Kind} {e.Property}".TrimEnd());

    private static string Describe(JToken document) =>
        document is JObject o ? $"{o["kind"]} {o["metadata"]?["name"]}".Trim() : document.Type.ToString();

    private static (JsonSchema, JObject) Load()
    {
        var text = File.ReadAllText(BundlePath);
        var kinds = (JObject)JObject.Parse(text)["x-kinds"]!;
        return (JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult(), kinds);
    }
}
