using System.Globalization;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Kubernetes;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Templates;
using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Rendering.Kubernetes;

/// <summary>
/// A profile's own manifests, placeholders rendered; namespaced objects without a namespace get the user's,
/// because the hub creates them there.
/// </summary>
internal static class ManifestObjects
{
    public static IEnumerable<KubernetesObject> Render(ProfileSpec spec, SpawnTarget target)
    {
        for (var i = 0; i < spec.Manifests.Count; i++)
        {
            var content = spec.Manifests[i].Content;
            for (var j = 0; j < content.Count; j++)
            {
                var field = string.Create(CultureInfo.InvariantCulture, $"manifests[{i}].content[{j}]");
                var rendered = PlaceholderTree.Render(content[j], target.Placeholders);
                yield return new ManifestObject(WithNamespace(Require(spec, field, rendered), target.Namespace));
            }
        }
    }

    private static YamlMapping Require(ProfileSpec spec, string field, YamlNode node)
    {
        if (node is YamlMapping mapping
            && mapping.GetString("apiVersion") is { Length: > 0 }
            && mapping.GetString("kind") is { Length: > 0 }
            && (mapping["metadata"] as YamlMapping)?.GetString("name") is { Length: > 0 })
        {
            return mapping;
        }

        throw new ProfileException($"profile '{spec.Slug}': {field} is not a Kubernetes object; it needs apiVersion, kind and metadata.name");
    }

    private static YamlMapping WithNamespace(YamlMapping mapping, string @namespace)
    {
        var metadata = (YamlMapping)mapping["metadata"]!;
        if (metadata["namespace"] is not null || ClusterScope.IsClusterScoped(mapping.GetString("apiVersion")!, mapping.GetString("kind")!))
        {
            return mapping;
        }

        var entries = metadata.Entries.SelectMany(e => e.Key == "name" ? [e, new YamlEntry("namespace", YamlNode.Str(@namespace))] : new[] { e });
        var withNamespace = new YamlMapping(entries.ToValueList());
        return new YamlMapping(mapping.Entries.Select(e => e.Key == "metadata" ? new YamlEntry("metadata", withNamespace) : e).ToValueList());
    }
}
