using System.Globalization;
using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Layers.Items;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Layers.HubFiles;

/// <summary>
/// Reads a hub file (<c>--hub hub.yaml</c>): the values reader's strict YAML, then each key typed and checked here.
/// A key not given keeps the value of the basis (KubeSpawner's defaults, or the preset named by <c>preset:</c>); the
/// maps (environment, namespace labels and annotations) add to the basis's entries, as a site changing one variable
/// of a preset means to.
/// A problem is one line <c>FILE:LINE:COL: path: problem (what is valid)</c>, exit 2.
/// </summary>
internal static class HubSettingsReader
{
    private static readonly string[] TopKeys =
    [
        "preset", "versions", "slug_scheme", "environment_name", "pod_name_template", "hub_namespace", "namespace", "uid", "gid", "fs_gid",
        "privileged", "allow_privilege_escalation", "service_account", "automount_service_account_token", "image_pull_secrets",
        "environment", "default_url", "extended_resource_tolerations", "jupyterhub",
    ];

    // A user name that needs no escaping, to check templates with when the file is read.
    private const string SampleUser = "jovyan";

    /// <summary>Reads a hub file from disk; <paramref name="fileName"/> is the path as the user gave it.</summary>
    public static HubSettings ReadFile(string path, string fileName) =>
        Read(ValuesYamlReader.ReadFile(path, fileName, ValuesReadLimits.Default), fileName, HubSettings.Defaults) with { Source = fileName };

    /// <summary>The settings of a read hub file over <paramref name="basis"/>; an empty file is the basis.</summary>
    public static HubSettings Read(ValuesNode? root, string fileName, HubSettings basis)
    {
        if (root is null)
        {
            return basis;
        }

        var mapping = root as ValuesMapping
            ?? throw new ValuesFileException(root.Mark, "", $"is {root.KindName}; a hub file is a mapping of hub settings ({string.Join(", ", TopKeys)})");
        var hub = mapping.Find("preset") is { } preset ? Preset(preset) : basis;
        foreach (var entry in mapping.Entries)
        {
            var site = new ValuesSite(entry.Value.Mark, entry.Key.Text);
            var value = entry.Value;
            hub = entry.Key.Text switch
            {
                "preset" => hub,
                "versions" => Versions(hub, value, site),
                "slug_scheme" => hub with { SlugScheme = Scheme(value, site) },
                "environment_name" => hub with { EnvironmentName = (ItemFieldReader.OptionalText(value, site) ?? "").ToLowerInvariant() },
                "pod_name_template" => hub with { PodNameTemplate = Text(value, site) },
                "hub_namespace" => hub with { HubNamespace = DnsLabel(value, site) },
                "namespace" => Namespace(hub, value, site),
                "uid" => hub with { Uid = Id(value, site) },
                "gid" => hub with { Gid = Id(value, site) },
                "fs_gid" => hub with { FsGid = Id(value, site) },
                "privileged" => hub with { Privileged = ItemFieldReader.Bool(value, site) },
                "allow_privilege_escalation" => hub with { AllowPrivilegeEscalation = OptionalBool(value, site) },
                "service_account" => hub with { ServiceAccount = OptionalName(value, site) },
                "automount_service_account_token" => hub with { AutomountServiceAccountToken = OptionalBool(value, site) },
                "image_pull_secrets" => hub with { ImagePullSecrets = Names(value, site) },
                "environment" => hub with { Environment = hub.Environment.Merge(Environment(value, site)) },
                "default_url" => hub with { DefaultUrl = ItemFieldReader.OptionalText(value, site) },
                "extended_resource_tolerations" => hub with { ExtendedResourceTolerations = ItemFieldReader.Bool(value, site) },
                "jupyterhub" => JupyterHub(hub, value, site),
                var key => throw new ValuesFileException(entry.Key.Mark, key, ItemFieldReader.UnknownKey(key, "hub settings", TopKeys)),
            };
        }

        // Templates are checked once every field they use is known (environment_name may come after them).
        CheckTemplate(hub.PodNameTemplate, mapping, "pod_name_template", hub, null);
        CheckTemplate(hub.NamespaceTemplate, mapping, "namespace.template", hub, null);

        // A template that gives an invalid name even for a plain user name (alice) can never spawn: say so where it
        // is written, for every command, rather than only when a preview is rendered.
        CheckName(SpawnUser.PodName(SampleUser, hub), Contract.Names.IsDnsSubdomain, mapping, "pod_name_template", "a pod name (a DNS-1123 subdomain: lower-case letters, digits, '-' and '.')");
        CheckName(SpawnUser.Namespace(SampleUser, hub), Contract.Names.IsDnsLabel, mapping, "namespace.template", "a namespace name (a DNS-1123 label: lower-case letters, digits and '-', at most 63)");
        foreach (var (name, template) in hub.Environment)
        {
            CheckTemplate(template, mapping, $"environment.{name}", hub, new Dictionary<string, string> { ["pod_name"] = "p", ["namespace"] = "n" });
        }

        return hub;
    }

    private static HubSettings Preset(ValuesEntry entry)
    {
        var site = new ValuesSite(entry.Value.Mark, "preset");
        var name = ItemFieldReader.Text(entry.Value, site);
        return HubPresets.IsPreset(name)
            ? HubPresets.Load(name)
            : throw site.Malformed($"'{name}' is not a hub preset (valid: {string.Join(", ", HubPresets.Names)})");
    }

    private static HubSettings Versions(HubSettings hub, ValuesNode node, ValuesSite site)
    {
        foreach (var entry in Entries(node, site, "a mapping with jupyterhub and kubespawner"))
        {
            var entrySite = NodeShapes.Entry(site, entry);
            hub = entry.Key.Text switch
            {
                "jupyterhub" => hub with { JupyterHubVersion = ItemFieldReader.Text(entry.Value, entrySite) },
                "kubespawner" => hub with { KubeSpawnerVersion = ItemFieldReader.Text(entry.Value, entrySite) },
                var key => throw NodeShapes.Key(site, entry).Malformed(ItemFieldReader.UnknownKey(key, "versions", ["jupyterhub", "kubespawner"])),
            };
        }

        return hub;
    }

    private static HubSettings Namespace(HubSettings hub, ValuesNode node, ValuesSite site)
    {
        foreach (var entry in Entries(node, site, "a mapping with template, labels and annotations"))
        {
            var entrySite = NodeShapes.Entry(site, entry);
            hub = entry.Key.Text switch
            {
                "template" => hub with { NamespaceTemplate = Text(entry.Value, entrySite) },
                "labels" => hub with { NamespaceLabels = hub.NamespaceLabels.Merge(Labels(entry.Value, entrySite)) },
                "annotations" => hub with { NamespaceAnnotations = hub.NamespaceAnnotations.Merge(Annotations(entry.Value, entrySite)) },
                var key => throw NodeShapes.Key(site, entry).Malformed(ItemFieldReader.UnknownKey(key, "namespace", ["template", "labels", "annotations"])),
            };
        }

        return hub;
    }

    private static HubSettings JupyterHub(HubSettings hub, ValuesNode node, ValuesSite site)
    {
        foreach (var entry in Entries(node, site, "a mapping with api_url and base_url"))
        {
            var entrySite = NodeShapes.Entry(site, entry);
            hub = entry.Key.Text switch
            {
                "api_url" => hub with { ApiUrl = Url(entry.Value, entrySite) },
                "base_url" => hub with { BaseUrl = BaseUrl(entry.Value, entrySite) },
                var key => throw NodeShapes.Key(site, entry).Malformed(ItemFieldReader.UnknownKey(key, "jupyterhub", ["api_url", "base_url"])),
            };
        }

        return hub;
    }

    private static IReadOnlyList<ValuesEntry> Entries(ValuesNode node, ValuesSite site, string expected) =>
        node is ValuesScalar { IsNull: true } ? [] : NodeShapes.Mapping(node, site, expected).Entries;

    private static string Text(ValuesNode node, ValuesSite site) => ItemFieldReader.Text(node, site);

    private static SlugScheme Scheme(ValuesNode node, ValuesSite site) => Text(node, site) switch
    {
        "safe" => SlugScheme.Safe,
        "escape" => SlugScheme.Escape,
        var other => throw site.Malformed($"'{other}' is not a slug scheme (safe, KubeSpawner 7's default, or escape, the scheme before 7)"),
    };

    private static long? Id(ValuesNode node, ValuesSite site)
    {
        if (node is ValuesScalar { IsNull: true })
        {
            return null;
        }

        var text = NodeShapes.Text(node, site, "a whole number or null");
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id <= int.MaxValue
            ? id
            : throw site.Malformed($"'{text}' is not a user or group id (a whole number from 0 to {int.MaxValue}, e.g. 1000, or null for the image's own)");
    }

    private static bool? OptionalBool(ValuesNode node, ValuesSite site) =>
        node is ValuesScalar { IsNull: true } ? null : ItemFieldReader.Bool(node, site);

    private static string DnsLabel(ValuesNode node, ValuesSite site)
    {
        var text = Text(node, site);
        return Contract.Names.IsDnsLabel(text) ? text : throw site.Malformed($"'{text}' is not a DNS-1123 label (lower-case letters, digits and '-', e.g. jupyter)");
    }

    private static string? OptionalName(ValuesNode node, ValuesSite site)
    {
        var text = ItemFieldReader.OptionalText(node, site);
        return text is null || Contract.Names.IsDnsSubdomain(text) ? text : throw site.Malformed($"'{text}' is not an object name (a DNS-1123 subdomain, e.g. default), or null for none");
    }

    private static ValueList<string> Names(ValuesNode node, ValuesSite site)
    {
        if (node is ValuesScalar { IsNull: true })
        {
            return ValueList<string>.Empty;
        }

        var names = ItemFieldReader.TextList(node, site);
        var items = ((ValuesSequence)node).Items;
        for (var i = 0; i < names.Count; i++)
        {
            if (!Contract.Names.IsDnsSubdomain(names[i]))
            {
                throw NodeShapes.Item(site, i, items[i]).Malformed($"'{names[i]}' is not a Secret name (a DNS-1123 subdomain, e.g. cr-config)");
            }
        }

        return names;
    }

    private static ValueMap<string> Environment(ValuesNode node, ValuesSite site) =>
        Map(node, site, "a mapping of environment variable names to texts", (key, value, keySite, valueSite) =>
        {
            if (!Contract.Names.IsEnvVarName(key))
            {
                throw keySite.Malformed($"'{key}' is not an environment variable name (letters, digits, '_', '-' and '.', not starting with a digit)");
            }
        });

    private static ValueMap<string> Labels(ValuesNode node, ValuesSite site) =>
        Map(node, site, "a mapping of label keys to values", (key, value, keySite, valueSite) =>
        {
            QualifiedKey(key, keySite, "a label key");
            if (!Contract.Names.IsLabelValue(value))
            {
                throw valueSite.Malformed($"'{value}' is not a label value (at most 63 letters, digits, '-', '_', '.', starting and ending with a letter or digit)");
            }
        });

    private static ValueMap<string> Annotations(ValuesNode node, ValuesSite site) =>
        Map(node, site, "a mapping of annotation keys to texts", (key, _, keySite, _) => QualifiedKey(key, keySite, "an annotation key"));

    // Label and annotation keys follow the same rule.
    private static void QualifiedKey(string key, ValuesSite site, string what)
    {
        if (!Contract.Names.IsQualifiedName(key))
        {
            throw site.Malformed($"'{key}' is not {what} (an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_', '.')");
        }
    }

    // A mapping of texts (values must be scalars, never null: a hub setting has no layers to delete from).
    private static ValueMap<string> Map(ValuesNode node, ValuesSite site, string expected, Action<string, string, ValuesSite, ValuesSite> check)
    {
        var entries = new List<KeyValuePair<string, string>>();
        foreach (var entry in Entries(node, site, expected))
        {
            var valueSite = NodeShapes.Entry(site, entry);
            var value = NodeShapes.Text(entry.Value, valueSite, "a text (quote numbers and booleans: \"true\")");
            check(entry.Key.Text, value, NodeShapes.Key(site, entry), valueSite);
            entries.Add(new(entry.Key.Text, value));
        }

        return ValueMap<string>.From(entries);
    }

    private static string Url(ValuesNode node, ValuesSite site)
    {
        var text = Text(node, site);
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? text
            : throw site.Malformed($"'{text}' is not an http(s) URL (e.g. http://hub:8081/hub/api)");
    }

    private static string BaseUrl(ValuesNode node, ValuesSite site)
    {
        var text = Text(node, site);
        return text.StartsWith('/') && text.EndsWith('/') ? text : throw site.Malformed($"'{text}' is not a base URL (a path that starts and ends with '/', e.g. / or /hub-a/)");
    }

    private static void CheckName(string name, Func<string?, bool> valid, ValuesMapping root, string path, string expected)
    {
        if (!valid(name))
        {
            throw new ValuesFileException(Find(root, path), path, $"gives '{name}' for user '{SampleUser}', which is not {expected}");
        }
    }

    private static void CheckTemplate(string template, ValuesMapping root, string path, HubSettings hub, IReadOnlyDictionary<string, string>? extra)
    {
        try
        {
            HubTemplate.Expand(template, SpawnUser.Fields(SampleUser, hub, extra));
        }
        catch (FormatException e)
        {
            throw new ValuesFileException(Find(root, path), path, e.Message);
        }
    }

    // Where a dotted path was written; the whole file when it came from the basis.
    private static SourceMark Find(ValuesMapping root, string path)
    {
        ValuesNode node = root;
        foreach (var part in path.Split('.', 2))
        {
            if (node is not ValuesMapping mapping || mapping.Find(part) is not { } entry)
            {
                return root.Mark;
            }

            node = entry.Value;
        }

        return node.Mark;
    }
}
