using System.Globalization;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Hub.Templates;
using WorkspaceConfigurator.Render.KubernetesObjects;

namespace WorkspaceConfigurator.Render.Manifests;

/// <summary>
/// A profile's own manifests, placeholders rendered; namespaced objects without a namespace get the user's,
/// because the hub creates them there.
/// </summary>
internal static class ManifestObjects
{
    public static List<KubernetesObject> Render(ProfileSpec spec, SpawnTarget target)
    {
        var objects = new List<KubernetesObject>();
        for (var i = 0; i < spec.Manifests.Count; i++)
        {
            var content = spec.Manifests[i].Content;
            for (var j = 0; j < content.Count; j++)
            {
                var field = string.Create(CultureInfo.InvariantCulture, $"manifests[{i}].content[{j}]");
                var rendered = PlaceholderTree.Render(content[j], target.Placeholders);
                objects.Add(new ManifestObject(WithNamespace(Require(spec, field, rendered), target.Namespace)));
            }
        }

        return objects;
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
        if (metadata["namespace"] is not null || KubernetesKinds.IsClusterScoped(mapping.GetString("apiVersion")!, mapping.GetString("kind")!))
        {
            return mapping;
        }

        // The namespace goes right after the name; the metadata entry is replaced where it stands.
        var entries = new List<YamlEntry>(metadata.Entries.Count + 1);
        foreach (var e in metadata.Entries)
        {
            entries.Add(e);
            if (e.Key == "name")
            {
                entries.Add(new YamlEntry("namespace", YamlNode.Str(@namespace)));
            }
        }

        var withNamespace = new YamlMapping(entries.ToValueList());
        var top = new List<YamlEntry>(mapping.Entries.Count);
        foreach (var e in mapping.Entries)
        {
            top.Add(e.Key == "metadata" ? new YamlEntry("metadata", withNamespace) : e);
        }

        return new YamlMapping(top.ToValueList());
    }
}
