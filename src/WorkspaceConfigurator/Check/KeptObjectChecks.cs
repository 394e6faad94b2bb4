using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Layers.ExistingObjects;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Check;

/// <summary>
/// Warnings for <c>validate --existing</c>: a claim or config map the hub keeps (it exists already) that differs
/// from what the profile asks for. The hub never changes an existing object, so the profile's size, storage class,
/// access modes or content silently do not reach the user. Objects are found as the preview finds them.
/// </summary>
internal static class KeptObjectChecks
{
    public static List<Finding> Find(ProfileSpec spec, ResolvedSettings settings, SpawnTarget target, ExistingObjects existing)
    {
        var findings = new List<Finding>();
        var t = new SpawnText(target);
        foreach (var v in spec.Volumes)
        {
            if (existing.Find("v1", "PersistentVolumeClaim", target.Namespace, t[v.ClaimName]) is { } claim)
            {
                CheckClaim(spec.Slug, v, t, claim, settings, findings);
            }
        }

        foreach (var c in spec.ConfigMaps)
        {
            // A config map without content is one the profile expects to exist: the hub creates nothing for it.
            if (c.Content is not null && existing.Find("v1", "ConfigMap", target.Namespace, t[c.Name]) is { } map)
            {
                CheckConfigMap(spec.Slug, c, t, map, findings);
            }
        }

        return findings;
    }

    private static void CheckClaim(string slug, VolumeSpec v, SpawnText t, ExistingObject claim, ResolvedSettings settings, List<Finding> findings)
    {
        var field = $"volumes.{v.ClaimName}";
        var spec = claim.Content["spec"] as YamlMapping;
        var storage = Text(Mapping(Mapping(spec, "resources"), "requests")?["storage"]);
        if (storage is not null && !Quantity.TryParse(storage, out _, out _))
        {
            // The API server would never have stored it: the file is not what the cluster holds.
            findings.Add(Finding.Warning(slug, field, $"the existing claim {claim.Name} has the storage request '{storage}', which is not a quantity the API server accepts",
                "the objects as the cluster has them (kubectl get pvc -o yaml)"));
        }

        if (storage is not null && Quantity.TryParse(storage, out var size, out _) && size != v.Size)
        {
            var setting = SettingHolding(settings, SettingTypes.Size.Name, value => value is Quantity q && q == v.Size);
            var match = setting is null ? $"have the profile ask for {storage}" : $"set {setting} to {storage}";
            Add(findings, slug, field, v, $"the existing claim {claim.Name} has {storage}; the profile asks for {v.Size.Text}", size.Value < v.Size.Value
                ? $"resize the claim, or {match}"
                : $"a claim cannot shrink: users keep {storage}; {match}");
        }

        var asked = t[v.StorageClass];
        var storageClass = Text(spec?["storageClassName"]);
        if (storageClass != asked)
        {
            var setting = storageClass is null ? null : SettingHolding(settings, SettingTypes.StorageClass.Name, value => value is string s && s == v.StorageClass);
            var match = storageClass is null ? "" : setting is null ? $", or have the profile ask for {storageClass}" : $", or set {setting} to {storageClass}";
            Add(findings, slug, field, v,
                $"the existing claim {claim.Name} has {(storageClass is null ? "no storage class" : $"storage class {storageClass}")}; the profile asks for {asked}",
                $"a claim keeps its storage class: move the data to a new claim{match}");
        }

        var modes = Texts(spec?["accessModes"]);
        var askedModes = SpecNames.AccessModes(v.AccessModes);
        if (modes is not null && !SameSet(modes, askedModes))
        {
            var existingModes = modes.Count == 0 ? "none" : string.Join(",", modes);
            Add(findings, slug, field, v,
                $"the existing claim {claim.Name} has access modes {existingModes}; the profile asks for {string.Join(",", askedModes)}",
                $"a claim keeps its access modes: move the data to a new claim, or give the volume access_modes {existingModes}");
        }
    }

    // A claim deleted at stop (persist: false) is created anew by the next spawn after it, as the profile asks then:
    // the difference lasts only while this one exists, and there is nothing to change.
    private static void Add(List<Finding> findings, string slug, string field, VolumeSpec v, string difference, string remedy) =>
        findings.Add(v.Persist
            ? Finding.Warning(slug, field, $"{difference}, which the hub will not apply", remedy)
            : Finding.Warning(slug, field, $"{difference}, which the hub will not apply while the claim exists",
                "the claim is deleted when the workspace stops (persist: false), and the next spawn creates it as the profile asks"));

    private static void CheckConfigMap(string slug, ConfigMapSpec c, SpawnText t, ExistingObject map, List<Finding> findings)
    {
        var key = t[c.Key];
        var data = map.Content["data"] as YamlMapping;
        var held = Text(data?[key]);
        if (held == t[c.Content!])
        {
            return;
        }

        var problem = held is null
            ? $"the existing config map {map.Name} has no key {key}; the profile's content for it is not applied: users keep the existing config map"
            : $"the existing config map {map.Name} holds other content under {key}; the profile's content is not applied: users keep the old content";
        var valid = c.Persist
            ? "delete the config map, and the next spawn creates it with the profile's content"
            : "the config map is deleted when the workspace stops (persist: false), and the next spawn creates it with the profile's content";
        findings.Add(Finding.Warning(slug, $"config_maps.{c.Name}", problem, valid));
    }

    /// <summary>The one setting of the given type whose value passes <paramref name="holds"/>, or null when none or several do.</summary>
    private static string? SettingHolding(ResolvedSettings settings, string typeName, Func<object?, bool> holds)
    {
        string? found = null;
        foreach (var s in settings.All)
        {
            if (s.Key.TypeName == typeName && holds(s.Value))
            {
                if (found is not null)
                {
                    return null;
                }

                found = s.Key.Name;
            }
        }

        return found;
    }

    private static YamlMapping? Mapping(YamlMapping? parent, string key) => parent?[key] as YamlMapping;

    // Any scalar's text: an existing object read from a file may write a size or a mode as a number.
    private static string? Text(YamlNode? node) => node is YamlScalar { Kind: not YamlScalarKind.Null } s ? s.Text : null;

    private static List<string>? Texts(YamlNode? node)
    {
        if (node is not YamlSequence sequence)
        {
            return null;
        }

        var texts = new List<string>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (Text(item) is { } text)
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    // Access modes are a set: the API server keeps them in the order given, which says nothing.
    private static bool SameSet(List<string> a, IReadOnlyList<string> b)
    {
        foreach (var x in a)
        {
            if (!b.Contains(x))
            {
                return false;
            }
        }

        foreach (var x in b)
        {
            if (!a.Contains(x))
            {
                return false;
            }
        }

        return true;
    }
}
