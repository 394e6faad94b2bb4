using System.Globalization;
using System.Text;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Build.Lifecycle;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Hub;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// The text of <c>describe</c>: settings with sources, then each thing the hooks produce. Secret material is
/// never shown, only whether it is present.
/// </summary>
internal static class ProfileDescription
{
    public static string Render(PlannedProfile planned, HubSettings hub)
    {
        var (registration, settings, spec) = (planned.Registration, planned.Settings, planned.Spec);
        var profile = registration.Profile;
        var text = new StringBuilder();
        var displayName = settings.Value(CoreSettings.DisplayName) as string ?? "(no display name)";
        text.Append(CultureInfo.InvariantCulture, $"{registration.Slug}: {displayName}\n");
        text.Append(CultureInfo.InvariantCulture, $"  family: {profile.Family}\n");
        text.Append(CultureInfo.InvariantCulture, $"  class: {ClassName(registration)}\n");
        text.Append(CultureInfo.InvariantCulture, $"  origin: {registration.Origin}\n");
        text.Append(CultureInfo.InvariantCulture, $"  aliases: {(profile.Aliases.Count == 0 ? "-" : string.Join(", ", profile.Aliases))}\n");

        var table = new TextTable("  SETTING", "TYPE", "VALUE", "SOURCE");
        foreach (var setting in settings.All.Where(s => !s.Key.IsMap))
        {
            var missing = settings.Missing.Any(m => m.Key == setting.Key);
            table.Add("  " + setting.Key.Name, setting.Key.TypeName, missing ? "(not set)" : setting.Key.FormatValue(setting.Value), missing ? "required" : setting.Source.ToString());
        }

        // Every map field is listed, so its name is there to override; entries the layers set follow it.
        foreach (var setting in settings.All.Where(s => s.Key.IsMap))
        {
            table.Add($"  {setting.Key.Name}.KEY", setting.Key.TypeName, MapSummary(setting.Key, spec), "the hooks, then the layers");
            foreach (var entry in settings.MapEntries(setting.Key))
            {
                table.Add($"  {setting.Key.Name}.{entry.Key}", setting.Key.TypeName, setting.Key.FormatValue(entry.Value), entry.Source.ToString());
            }
        }

        text.Append("\nSettings\n").Append(table);
        if (spec is null)
        {
            text.Append("\nNot built: the errors below say why.\n");
            return text.ToString();
        }

        Section(text, "Default URL", spec.DefaultUrl is null ? [] : [spec.DefaultUrl]);
        Startup(text, spec, profile.Family);
        Section(text, "Environment", spec.Env.Select(e => $"{e.Key}={e.Value}"));
        Section(text, "Node selector", spec.NodeSelector.Select(e => $"{e.Key}={e.Value}"));
        Section(text, "Extended resources", spec.ExtraResourceLimits.Select(e => $"{e.Key}: limit {e.Value}")
            .Concat(spec.ExtraResourceGuarantees.Select(e => $"{e.Key}: guarantee {e.Value}")));
        Section(text, "Volumes", spec.Volumes.Select(v =>
            $"{v.Name}: claim {v.ClaimName}, {v.Size.Text}, class {v.StorageClass}, {string.Join("/", v.AccessModes)}, at {v.MountPath}, {Persist(v.Persist)}"));
        Section(text, "Config maps", spec.ConfigMaps.Select(c =>
            $"{c.Name}: key {c.Key}, {(c.MountPath is null ? "not mounted" : "at " + c.MountPath)}, mode {c.OctalMode}, " +
            $"{(c.Content is null ? "existing" : LineCount(c.Content))}, {Persist(c.Persist)}"));
        Section(text, "Role bindings", spec.RoleBindings.Select(r =>
            $"{r.Name} -> role {r.Role.Name}: {string.Join(",", r.Role.Verbs.Select(v => v.ToApiName()))} on " +
            $"{string.Join(",", r.Role.Resources)} (api groups {string.Join(",", r.Role.ApiGroups.Select(g => g.Length == 0 ? "\"\"" : g))}) " +
            $"for {string.Join(",", r.Subjects.Select(s => $"{s.Kind}/{s.Name}"))}"));
        Section(text, "Init containers", spec.InitContainers.Select(c =>
            $"{c.Name}: {string.Join(" ", c.Command)} (mounts {string.Join(", ", c.VolumeMounts.Select(m => m.Name))})"));
        Section(text, "Manifests", spec.Manifests.Select(m =>
            $"{m.Name}: key {m.Key}, {m.Content.Count} object(s): {string.Join(", ", m.Content.Select(ObjectName))}"));
        Section(text, "Image pull secrets", spec.ImagePullSecrets.Select(s => $"{s.Name}: data {(s.Data is null ? "none (created elsewhere)" : "present")}"));
        Section(text, "Secret mounts", spec.SecretMounts.Select(s => $"{s.Name} at {s.MountPath}"));
        Section(text, "Env from", spec.EnvFromConfigMaps.Select(n => $"config map {n}").Concat(spec.EnvFromSecrets.Select(n => $"secret {n}")));
        Tolerations(text, spec, hub);
        return text.ToString();
    }

    // config.yml carries no toleration and the hub adds none: only the cluster can, for extended resources.
    private static void Tolerations(StringBuilder text, ProfileSpec spec, HubSettings hub)
    {
        var extended = spec.ExtraResourceLimits.Where(e => e.Value > 0).Select(e => e.Key)
            .Concat(spec.ExtraResourceGuarantees.Where(e => e.Value > 0).Select(e => e.Key)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (hub.ExtendedResourceTolerations && extended.Count > 0)
        {
            Section(text, $"Tolerations (added by the cluster's ExtendedResourceToleration admission plugin, hub settings {hub.Source})", extended.Select(name => $"{name} Exists NoSchedule"));
            return;
        }

        var why = extended.Count == 0 ? "config.yml cannot carry them" : $"config.yml cannot carry them, and the hub settings ({hub.Source}) say the cluster adds none for {string.Join(", ", extended)}";
        text.Append(CultureInfo.InvariantCulture, $"\nTolerations: none ({why})\n");
    }

    // Where the home is and what survives, what runs at each start, in order, and when the workspace stops itself.
    private static void Startup(StringBuilder text, ProfileSpec spec, string family)
    {
        var lifecycle = spec.Lifecycle;
        var volume = lifecycle.HomeVolume;
        var home = volume is null
            ? $"{lifecycle.HomePath}, on no volume: nothing in it survives a stop"
            : $"{lifecycle.HomePath}, on {volume.Name} (claim {volume.ClaimName}, {Persist(volume.Persist)})";
        var rc = lifecycle.RcFiles == "seed" ? "seeded (copied in when absent, then the user's)" : "mounted read-only at every start";
        text.Append(CultureInfo.InvariantCulture, $"\nHome: {home}; files placed in the home are {rc}\n");
        Section(text, "Startup steps", lifecycle.Steps.Select((step, i) => $"{i + 1}. {step.Container}: {step.Runs}"));
        var idle = LifecycleValues.FormatDuration(lifecycle.IdleTimeout);
        var autoOff = lifecycle.StopsWhenIdle
            ? $"after {idle} without activity the server stops itself, and idle kernels are culled (config map {IdleShutdown.ConfigMapName(spec.Slug)})"
            : lifecycle.IdleTimeout > TimeSpan.Zero
                ? $"idle_timeout {idle} has no effect on a {family} workspace: only the hub-wide culler stops it"
                : "off (idle_timeout 0); a hub-wide culler, if the hub runs one, still applies";
        text.Append(CultureInfo.InvariantCulture, $"\nAuto-off: {autoOff}\n");
    }

    // How many entries the map ends up with; where they are listed.
    private static string MapSummary(SettingKey key, ProfileSpec? spec)
    {
        if (spec is null)
        {
            return "(not built)";
        }

        var (count, section) = key.Name switch
        {
            "env" => (spec.Env.Count, "Environment"),
            "node_selector" => (spec.NodeSelector.Count, "Node selector"),
            "extra_resource_limits" => (spec.ExtraResourceLimits.Count, "Extended resources"),
            _ => (-1, ""),
        };
        return count switch
        {
            < 0 => "(a map)",
            0 => "(none)",
            1 => $"(1 entry, under {section})",
            _ => $"({count} entries, under {section})",
        };
    }

    // A data profile runs the hooks of the class it extends.
    private static string ClassName(ProfileRegistration registration) => registration.Profile switch
    {
        var profile when ProfileCatalog.ClassOf(registration) is { } root && !ReferenceEquals(root, profile) => $"{root.GetType().FullName} (through extends)",
        var profile when ProfileCatalog.ClassOf(registration) is null => "none (a profile of values only)",
        var profile => profile.GetType().FullName!,
    };

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        text.Append('\n').Append(title).Append(list.Count == 0 ? ": none\n" : "\n");
        foreach (var line in list)
        {
            text.Append("  ").Append(line).Append('\n');
        }
    }

    private static string Persist(bool persist) => persist ? "kept at stop" : "deleted at stop";

    private static string LineCount(string content)
    {
        var lines = content.TrimEnd('\n').Split('\n').Length;
        return lines == 1 ? "1 line" : $"{lines} lines";
    }

    private static string ObjectName(YamlNode node) => node is YamlMapping m
        ? $"{m.GetString("kind") ?? "?"} {(m["metadata"] as YamlMapping)?.GetString("name") ?? "?"}"
        : "(not an object)";
}
