using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>The contract's rules that span several values. Tolerates any shape: the schema reports shape errors.</summary>
internal static class AppHubRules
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // The only Jinja expressions the hub can render: it passes just `spawner` and `namespace`.
    private static readonly Regex Placeholder = new(@"\{\{\s*(?:spawner\.user\.name|namespace)\s*\}\}", Options);

    private static readonly Regex ManifestContentPath = new(@"^profiles\[[0-9]+\]\.manifests\[[0-9]+\]\.content[.\[]", Options);

    private static readonly Regex ByteSpecification = new(@"^(?<number>[0-9]+(?:\.[0-9]+)?)(?<unit>[KMGT])$", Options);

    public static IEnumerable<string> Check(JToken config)
    {
        var profiles = Objects(Get(config, "profiles")).ToList();
        return Unique(profiles.Select(p => Get(p, "id")), "id")
            .Concat(Unique(profiles.Select(p => Get(Get(p, "definition"), "slug")), "definition.slug"))
            .Concat(SingleDefault(profiles))
            .Concat(profiles.SelectMany(PodVolumes))
            .Concat(profiles.SelectMany(Resources))
            .Concat(profiles.SelectMany(EnvValues))
            .Concat(profiles.SelectMany(CustomResourceVersions))
            .Concat(Templates(config))
            .Concat(Timestamps(config));
    }

    private static IEnumerable<string> Unique(IEnumerable<JToken?> values, string what)
    {
        var first = new Dictionary<string, JToken>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (Text(value) is not { } text)
            {
                continue;
            }

            if (first.TryGetValue(text, out var earlier))
            {
                yield return $"{At(value!)}: duplicate {what} '{text}' (first at {At(earlier)})";
            }
            else
            {
                first[text] = value!;
            }
        }
    }

    private static IEnumerable<string> SingleDefault(IEnumerable<JObject> profiles) =>
        profiles.Select(p => Get(Get(p, "definition"), "default"))
            .Where(d => d is { Type: JTokenType.Boolean } && (bool)d)
            .Skip(1)
            .Select(d => $"{At(d!)}: more than one profile has default: true");

    // Pod volumes come from volumes, mounted config maps and secret mounts; every mount must name one of them.
    private static IEnumerable<string> PodVolumes(JObject profile)
    {
        var volumes = Objects(Get(profile, "volumes")).ToList();
        var podVolumes = volumes.Select(v => Get(v, "name"))
            .Concat(Objects(Get(profile, "config_maps")).Where(c => Get(c, "mount_path") is { Type: JTokenType.String }).Select(c => Get(c, "name")))
            .Concat(Objects(Get(profile, "secret_mounts")).Select(s => Get(s, "name")))
            .ToList();
        foreach (var error in Unique(podVolumes, "pod volume name"))
        {
            yield return error;
        }

        foreach (var volume in volumes)
        {
            var mountName = Get(Get(volume, "volume_mount"), "name");
            if (Text(mountName) is { } mount && Text(Get(volume, "name")) is { } name && mount != name)
            {
                yield return $"{At(mountName!)}: volume_mount.name '{mount}' must equal the volume name '{name}'";
            }
        }

        var known = podVolumes.Select(Text).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var initMounts = Objects(Get(profile, "init_containers")).SelectMany(c => Objects(Get(c, "volume_mounts")));
        foreach (var name in initMounts.Select(m => Get(m, "name")))
        {
            if (Text(name) is { } text && !known.Contains(text))
            {
                yield return $"{At(name!)}: init container mounts '{text}', which is not a pod volume of this profile";
            }
        }
    }

    // Kubernetes rejects requests above limits, and extended resources (GPUs) need requests equal to limits.
    private static IEnumerable<string> Resources(JObject profile)
    {
        var resources = Get(Get(profile, "definition"), "kubespawner_override");
        var (cpuLimit, cpuGuarantee) = (Get(resources, "cpu_limit"), Get(resources, "cpu_guarantee"));
        if (Number(cpuLimit) is { } cpu && Number(cpuGuarantee) is { } cpuRequest && cpuRequest > cpu)
        {
            yield return $"{At(cpuGuarantee!)}: cpu_guarantee {cpuRequest} exceeds cpu_limit {cpu}";
        }

        var (memLimit, memGuarantee) = (Get(resources, "mem_limit"), Get(resources, "mem_guarantee"));
        if (Bytes(memLimit) is { } mem && Bytes(memGuarantee) is { } memRequest && memRequest > mem)
        {
            yield return $"{At(memGuarantee!)}: mem_guarantee {Text(memGuarantee)} exceeds mem_limit {Text(memLimit)}";
        }

        var limits = Get(resources, "extra_resource_limits") as JObject;
        foreach (var guarantee in (Get(resources, "extra_resource_guarantees") as JObject)?.Properties() ?? [])
        {
            var limit = limits?.Property(guarantee.Name)?.Value;
            if (Number(guarantee.Value) is { } request && Number(limit) != request)
            {
                yield return $"{At(guarantee.Value)}: extended resource '{guarantee.Name}' needs a limit equal to its guarantee {request}";
            }
        }
    }

    // KubeSpawner runs str.format over env values after Jinja: any brace left over breaks the spawn.
    private static IEnumerable<string> EnvValues(JObject profile) =>
        ((Get(profile, "pod_env_vars") as JObject)?.Properties() ?? [])
            .Where(p => Text(p.Value) is { } text && Placeholder.Replace(text, "").IndexOfAny(['{', '}']) >= 0)
            .Select(p => $"{At(p.Value)}: '{{' or '}}' outside a {{{{ placeholder }}}} breaks KubeSpawner's str.format expansion");

    // The hub dispatches these custom kinds with fixed API versions.
    private static IEnumerable<string> CustomResourceVersions(JObject profile)
    {
        foreach (var resource in Objects(Get(profile, "manifests")).SelectMany(m => Objects(Get(m, "content"))))
        {
            var kind = Text(Get(resource, "kind"));
            var apiVersion = Get(resource, "apiVersion");
            if (ExpectedApiVersion(kind) is { } expected && Text(apiVersion) != expected)
            {
                yield return $"{At(apiVersion ?? resource)}: kind {kind} must use apiVersion {expected}";
            }
        }
    }

    private static string? ExpectedApiVersion(string? kind) => kind switch
    {
        "Release" => "helm.crossplane.io/v1beta1",
        "Object" => "kubernetes.crossplane.io/v1alpha2",
        "ExternalSecret" => "external-secrets.io/v1beta1",
        _ => null,
    };

    // Strings with "{{" are Jinja-rendered at load; manifest strings are rendered again when applied,
    // so there even a lone "{%" or "{#" (bash ${#x}) breaks. Elsewhere a string without "{{" is left alone.
    private static IEnumerable<string> Templates(JToken config)
    {
        foreach (var value in Strings(config))
        {
            var text = (string)value!;
            var inManifest = ManifestContentPath.IsMatch(value.Path);
            if (!inManifest && !text.Contains("{{", StringComparison.Ordinal))
            {
                continue;
            }

            if (text.Contains("{%", StringComparison.Ordinal) || text.Contains("{#", StringComparison.Ordinal))
            {
                yield return $"{At(value)}: '{{%' or '{{#' in a Jinja-rendered string is a template syntax error";
            }

            if (Placeholder.Replace(text, "").Contains("{{", StringComparison.Ordinal))
            {
                yield return $"{At(value)}: only {{{{ spawner.user.name }}}} and {{{{ namespace }}}} can be rendered by the hub";
            }
        }
    }

    // NJsonSchema accepts a date where a string is expected, but PyYAML hands the hub a date object.
    private static IEnumerable<string> Timestamps(JToken config) =>
        All(config).Where(t => t.Type == JTokenType.Date)
            .Select(t => $"{At(t)}: PyYAML reads this as a timestamp, not a string; quote it");

    private static IEnumerable<JValue> Strings(JToken config) =>
        All(config).OfType<JValue>().Where(v => v.Type == JTokenType.String);

    private static IEnumerable<JToken> All(JToken token) => token is JContainer container ? container.DescendantsAndSelf() : [token];

    private static JToken? Get(JToken? token, string name) => (token as JObject)?.Property(name)?.Value;

    private static IEnumerable<JObject> Objects(JToken? token) => (token as JArray)?.OfType<JObject>() ?? [];

    private static string? Text(JToken? token) => token is { Type: JTokenType.String } ? (string?)token : null;

    private static double? Number(JToken? token) => token is { Type: JTokenType.Integer or JTokenType.Float } ? token.Value<double>() : null;

    private static double? Bytes(JToken? token)
    {
        var m = ByteSpecification.Match(Text(token) ?? "");
        return m.Success
            ? double.Parse(m.Groups["number"].Value, CultureInfo.InvariantCulture) * Math.Pow(1024, "KMGT".IndexOf(m.Groups["unit"].Value[0]) + 1)
            : null;
    }

    private static string At(JToken token) => "#/" + token.Path;
}
