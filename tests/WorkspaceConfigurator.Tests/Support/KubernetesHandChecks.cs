using Newtonsoft.Json.Linq;

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>The rules of the Kubernetes API server that its schema cannot express, as one-line problems.</summary>
public static class KubernetesHandChecks
{
    private static readonly HashSet<string> LabelNamedKinds = new(StringComparer.Ordinal) { "Service", "Namespace" };

    // Resources that may be fractional and may have requests below limits; every other one is extended.
    private static readonly HashSet<string> Overcommittable = new(StringComparer.Ordinal) { "cpu", "memory", "ephemeral-storage" };

    public static void All(JObject obj, string kind, List<string> problems)
    {
        Metadata(obj, kind, problems);
        if (kind is "ConfigMap" or "Secret")
        {
            foreach (var field in new[] { "data", "binaryData", "stringData" })
            {
                foreach (var key in Keys(obj[field]).Where(k => !Names.IsDataKey(k)))
                {
                    problems.Add($"{field} key '{key}' is not a valid ConfigMap/Secret key ([-._a-zA-Z0-9]+)");
                }
            }
        }

        if (kind is "RoleBinding" or "ClusterRoleBinding" && obj["roleRef"] is JObject roleRef)
        {
            var refKind = (string?)roleRef["kind"];
            if (refKind is not ("Role" or "ClusterRole") || (kind == "ClusterRoleBinding" && refKind != "ClusterRole"))
            {
                problems.Add($"roleRef.kind '{refKind}' cannot be bound by a {kind}");
            }

            if ((string?)roleRef["apiGroup"] != "rbac.authorization.k8s.io")
            {
                problems.Add($"roleRef.apiGroup must be rbac.authorization.k8s.io, not '{roleRef["apiGroup"]}'");
            }
        }

        if (PodSpecOf(obj, kind) is var (podSpec, path) && podSpec is not null)
        {
            PodSpec(podSpec, path, problems);
        }
    }

    /// <summary>metadata.name (DNS subdomain, or label for Service and Namespace), namespace, label and annotation keys.</summary>
    public static void Metadata(JObject obj, string kind, List<string> problems)
    {
        var metadata = obj["metadata"] as JObject;
        var name = (metadata?["name"] as JValue)?.Value as string;
        if (name is null)
        {
            problems.Add("metadata.name is missing");
        }
        else if (LabelNamedKinds.Contains(kind) ? !Names.IsDnsLabel(name) : !Names.IsDnsSubdomain(name))
        {
            problems.Add($"metadata.name '{name}' is not a DNS-1123 {(LabelNamedKinds.Contains(kind) ? "label" : "subdomain")}");
        }

        if (metadata?["namespace"] is JValue { Value: string ns } && !Names.IsDnsLabel(ns))
        {
            problems.Add($"metadata.namespace '{ns}' is not a DNS-1123 label");
        }

        Labels(metadata?["labels"], "metadata.labels", problems);
        foreach (var key in Keys(metadata?["annotations"]).Where(k => !Names.IsQualifiedName(k)))
        {
            problems.Add($"metadata.annotations key '{key}' is not a qualified name");
        }
    }

    /// <summary>Containers, volumes, mounts and resources of a pod spec.</summary>
    public static void PodSpec(JObject spec, string path, List<string> problems)
    {
        var volumes = Items(spec["volumes"]).ToList();
        var volumeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var volume in volumes)
        {
            var name = (string?)volume["name"] ?? "";
            if (!Names.IsDnsLabel(name))
            {
                problems.Add($"{path}volumes: name '{name}' is not a DNS-1123 label");
            }

            if (!volumeNames.Add(name))
            {
                problems.Add($"{path}volumes: name '{name}' is used twice");
            }

            var sources = volume.Properties().Count(p => p.Name != "name");
            if (sources != 1)
            {
                problems.Add($"{path}volumes: '{name}' has {sources} sources; exactly one is allowed");
            }
        }

        var containerNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in new[] { "initContainers", "containers" })
        {
            foreach (var container in Items(spec[field]))
            {
                var name = (string?)container["name"] ?? "";
                var where = $"{path}{field}[{name}]";
                if (!Names.IsDnsLabel(name))
                {
                    problems.Add($"{where}: name is not a DNS-1123 label");
                }

                if (!containerNames.Add(name))
                {
                    problems.Add($"{where}: container name is used twice");
                }

                foreach (var port in Items(container["ports"]))
                {
                    if (port["name"] is JValue { Value: string portName } && (!Names.IsDnsLabel(portName) || portName.Length > 15 || !portName.Any(char.IsAsciiLetter)))
                    {
                        problems.Add($"{where}: port name '{portName}' is not a valid port name (DNS label, at most 15, with a letter)");
                    }
                }

                foreach (var mount in Items(container["volumeMounts"]))
                {
                    if ((string?)mount["name"] is { } mountName && !volumeNames.Contains(mountName))
                    {
                        problems.Add($"{where}: volumeMount '{mountName}' names no volume of the pod");
                    }
                }

                // An image with template syntax in it is the template check's problem.
                if (container["image"] is JValue { Value: string image } && !image.Contains('{') && !KubeletChecks.IsImageReference(image))
                {
                    problems.Add($"{where}: image '{image}' is not a valid image reference (the kubelet refuses it: InvalidImageName)");
                }

                foreach (var resource in Keys(container["resources"]?["limits"]).Concat(Keys(container["resources"]?["requests"])).Distinct())
                {
                    if (!KubeletChecks.IsContainerResourceName(resource))
                    {
                        problems.Add($"{where}: resource name '{resource}' is neither a standard container resource nor an extended resource name");
                    }
                }

                Resources(container["resources"] as JObject, where, problems);
            }
        }

        Labels(spec["nodeSelector"], $"{path}nodeSelector", problems);
    }

    public static void NoTemplateSyntax(JToken token, List<string> problems)
    {
        foreach (var text in Strings(token).Where(s => s.Contains("{{", StringComparison.Ordinal) || s.Contains("{%", StringComparison.Ordinal) || s.Contains("{#", StringComparison.Ordinal)))
        {
            problems.Add($"template syntax left in '{text.Split('\n')[0]}'");
        }
    }

    public static void NoNulls(JToken token, List<string> problems)
    {
        foreach (var value in AllTokens(token).Where(t => t.Type == JTokenType.Null))
        {
            problems.Add($"{value.Path} is null");
        }
    }

    private static void Resources(JObject? resources, string where, List<string> problems)
    {
        var requests = resources?["requests"] as JObject;
        var limits = resources?["limits"] as JObject;
        foreach (var name in Keys(requests).Concat(Keys(limits)).Distinct())
        {
            var request = Amount(requests?[name]);
            var limit = Amount(limits?[name]);
            if (Overcommittable.Contains(name) || name.StartsWith("hugepages-", StringComparison.Ordinal))
            {
                if (request is { } r && limit is { } l && r > l)
                {
                    problems.Add($"{where}: {name} request {requests![name]} is above its limit {limits![name]}");
                }

                continue;
            }

            if (request is { } wholeRequest && wholeRequest != decimal.Truncate(wholeRequest) || limit is { } wholeLimit && wholeLimit != decimal.Truncate(wholeLimit))
            {
                problems.Add($"{where}: extended resource {name} must be a whole number");
            }

            if (request is not null && limit is not null && request != limit)
            {
                problems.Add($"{where}: extended resource {name} request {requests![name]} must equal its limit {limits![name]}");
            }
        }
    }

    // A quantity as a number, or null when absent or unparsable (the schema reports those).
    private static decimal? Amount(JToken? token) => token switch
    {
        JValue { Type: JTokenType.Integer or JTokenType.Float } n => n.Value<decimal>(),
        JValue { Value: string s } when Quantity.TryParse(s, out var q, out _) => q.Value,
        _ => null,
    };

    private static void Labels(JToken? labels, string field, List<string> problems)
    {
        if (labels is not JObject map)
        {
            return;
        }

        foreach (var property in map.Properties())
        {
            if (!Names.IsQualifiedName(property.Name))
            {
                problems.Add($"{field} key '{property.Name}' is not a qualified name");
            }

            // Non-string values are the schema's to report.
            if (property.Value is JValue { Value: string value } && !Names.IsLabelValue(value))
            {
                problems.Add($"{field} value '{property.Value}' of '{property.Name}' is not a valid label value");
            }
        }
    }

    private static (JObject? Spec, string Path) PodSpecOf(JObject obj, string kind) => kind switch
    {
        "Pod" => (obj["spec"] as JObject, "spec."),
        "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "Job" => (obj["spec"]?["template"]?["spec"] as JObject, "spec.template.spec."),
        "CronJob" => (obj["spec"]?["jobTemplate"]?["spec"]?["template"]?["spec"] as JObject, "spec.jobTemplate.spec.template.spec."),
        _ => (null, ""),
    };

    private static IEnumerable<JObject> Items(JToken? list) => (list as JArray)?.OfType<JObject>() ?? [];

    private static IEnumerable<string> Keys(JToken? map) => (map as JObject)?.Properties().Select(p => p.Name) ?? [];

    private static IEnumerable<JToken> AllTokens(JToken token) => token is JContainer c ? c.DescendantsAndSelf() : [token];

    private static IEnumerable<string> Strings(JToken token) => AllTokens(token).SelectMany(t => t switch
    {
        JProperty p => [p.Name],
        JValue { Value: string s } => [s],
        _ => Array.Empty<string>(),
    });
}
