using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Pipeline;
using WorkspaceConfigurator.Settings;

namespace WorkspaceConfigurator.Cli.Options;

/// <summary>Parses <c>--override SLUG:FIELD=VALUE</c> and <c>--node-selector SLUG:KEY=VALUE</c>.</summary>
public static class AssignmentParser
{
    /// <summary>SLUG:FIELD=VALUE; a dotted field (env.NAME, node_selector.KEY) is a map entry. The value may hold ':' and '='.</summary>
    public static ProfileAssignment ParseOverride(string text)
    {
        var (slug, field, value) = Split(text, "--override", "SLUG:FIELD=VALUE (e.g. coder:cpu_limit=4 or coder:env.FOO=bar)");
        var dot = field.IndexOf('.');
        var source = new SettingSource(SettingOrigin.Override, $"--override {text}");
        return dot < 0
            ? new ProfileAssignment(slug, new SettingAssignment(field, null, value, source))
            : new ProfileAssignment(slug, new SettingAssignment(field[..dot], field[(dot + 1)..], value, source));
    }

    /// <summary>SLUG:KEY=VALUE, merged onto the profile's node selector (the command line wins).</summary>
    public static ProfileAssignment ParseNodeSelector(string text)
    {
        var (slug, key, value) = Split(text, "--node-selector", "SLUG:KEY=VALUE (e.g. coder:disktype=ssd)");
        var source = new SettingSource(SettingOrigin.Override, $"--node-selector {text}");
        return new ProfileAssignment(slug, new SettingAssignment(CoreSettings.NodeSelector.Name, key, value, source));
    }

    private static (string Slug, string Field, string Value) Split(string text, string option, string expected)
    {
        var colon = text.IndexOf(':');
        var equals = colon < 0 ? -1 : text.IndexOf('=', colon + 1);
        if (colon <= 0 || equals < 0 || equals == colon + 1)
        {
            throw new UsageException($"{option} '{text}' is malformed; expected {expected}");
        }

        var slug = text[..colon].Trim();
        var field = text[(colon + 1)..equals].Trim();
        if (slug.Length == 0 || field.Length == 0 || slug.Contains('='))
        {
            throw new UsageException($"{option} '{text}' is malformed; expected {expected}");
        }

        return (slug, field, text[(equals + 1)..]);
    }
}
