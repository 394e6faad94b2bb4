using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Layers;

namespace WorkspaceConfigurator.Cli.Options;

/// <summary>
/// Parses <c>--override SLUG:FIELD=VALUE</c> (with kubectl's delete forms <c>SLUG:MAP.KEY-</c> and <c>SLUG:MAP-</c>)
/// and <c>--node-selector SLUG:KEY=VALUE</c>.
/// </summary>
internal static class AssignmentParser
{
    private const string OverrideForm = "SLUG:FIELD=VALUE, SLUG:MAP.KEY- or SLUG:MAP- (e.g. coder:cpu_limit=4, coder:env.FOO=bar, coder:env.FOO-)";

    /// <summary>SLUG:FIELD=VALUE; a dotted field (env.NAME, node_selector.KEY) is a map entry. The value may hold ':' and '='.</summary>
    public static CommandLineOverride ParseOverride(string text)
    {
        var given = $"--override {text}";
        var colon = text.IndexOf(':');
        if (colon > 0 && text.IndexOf('=', colon + 1) < 0 && text.EndsWith('-'))
        {
            // No value and a trailing '-': delete an entry (env.FOO-) or empty a map (env-).
            var (deleteSlug, path) = SlugAndField(text[..colon], text[(colon + 1)..^1], "--override", text, OverrideForm);
            var deleteDot = path.IndexOf('.');
            return deleteDot < 0
                ? new CommandLineOverride(deleteSlug, path, null, OverrideAction.Clear, "", given)
                : new CommandLineOverride(deleteSlug, path[..deleteDot], path[(deleteDot + 1)..], OverrideAction.Delete, "", given);
        }

        var (slug, field, value) = Split(text, "--override", OverrideForm);
        var dot = field.IndexOf('.');
        return dot < 0
            ? new CommandLineOverride(slug, field, null, OverrideAction.Set, value, given)
            : new CommandLineOverride(slug, field[..dot], field[(dot + 1)..], OverrideAction.Set, value, given);
    }

    /// <summary>SLUG:KEY=VALUE, merged onto the profile's node selector (the command line wins).</summary>
    public static CommandLineOverride ParseNodeSelector(string text)
    {
        var (slug, key, value) = Split(text, "--node-selector", "SLUG:KEY=VALUE (e.g. coder:disktype=ssd)");
        return new CommandLineOverride(slug, CoreSettings.NodeSelector.Name, key, OverrideAction.Set, value, $"--node-selector {text}");
    }

    private static (string Slug, string Field, string Value) Split(string text, string option, string expected)
    {
        var colon = text.IndexOf(':');
        var equals = colon < 0 ? -1 : text.IndexOf('=', colon + 1);
        if (colon <= 0 || equals < 0 || equals == colon + 1)
        {
            throw Malformed(option, text, expected);
        }

        var (slug, field) = SlugAndField(text[..colon], text[(colon + 1)..equals], option, text, expected);
        return (slug, field, text[(equals + 1)..]);
    }

    private static (string Slug, string Field) SlugAndField(string slugText, string fieldText, string option, string text, string expected)
    {
        var slug = slugText.Trim();
        var field = fieldText.Trim();
        if (slug.Length == 0 || field.Length == 0 || slug.Contains('=') || field.EndsWith('.') || field.StartsWith('.'))
        {
            throw Malformed(option, text, expected);
        }

        return (slug, field);
    }

    private static UsageException Malformed(string option, string text, string expected) => new($"{option} '{text}' is malformed; expected {expected}");
}
