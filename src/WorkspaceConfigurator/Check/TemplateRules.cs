using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Hub.Templates;

namespace WorkspaceConfigurator.Check;

/// <summary>
/// Template syntax in every string the hub reads: only the two placeholders, well-formed; in manifests (rendered
/// twice) no statement or comment syntax at all; no stray braces in env values (KubeSpawner's str.format); and the
/// final newline that the hub's Jinja step takes from a rendered string.
/// </summary>
internal static class TemplateRules
{
    private static readonly PlaceholderValues Blank = new("", "");

    public static void Check(ProfileSpec spec, List<Finding> findings)
    {
        // One walk over the strings the hub's Jinja step touches serves both checks of what it does to them.
        var strings = SpecStrings.WithTemplateSyntax(spec);
        for (var i = 0; i < strings.Count; i++)
        {
            var problems = TemplateSyntaxCheck.FindProblems(strings[i]);
            for (var j = 0; j < problems.Count; j++)
            {
                findings.Add(Finding.Error(spec.Slug, strings[i].Field, $"'{problems[j].Expression}' {problems[j].Reason}", TemplateProblem.Supported));
            }

            // A string the hub cannot render already fails the whole file: its newline is the least of its problems.
            if (problems.Count == 0 && LosesFinalNewline(strings[i].Text))
            {
                findings.Add(Finding.Warning(spec.Slug, strings[i].Field, "contains {{ and ends in one newline, which the hub's Jinja step removes: the text reaches the workspace without its final newline",
                    "end the text with two newlines, or use no {{ in it"));
            }
        }

        for (var i = 0; i < spec.Env.Count; i++)
        {
            if (spec.Env[i].Value is LiteralEnvValue literal && PlaceholderRenderer.RenderHubString(literal.Text, Blank).Text is { } rendered
                && (rendered.Contains('{') || rendered.Contains('}')))
            {
                findings.Add(Finding.Error(spec.Slug, $"pod_env_vars.{spec.Env[i].Key}", "contains '{' or '}', which KubeSpawner's str.format fails on",
                    "no braces besides {{ spawner.user.name }} and {{ namespace }}"));
            }
        }
    }

    /// <summary>
    /// Whether the hub's rendering leaves a text without the final newline it was written with. Jinja (without
    /// keep_trailing_newline) drops one trailing line break, "\n", "\r\n" or "\r", from every string it renders, and
    /// the hub renders exactly the strings that contain "{{" (manifest strings included: their first pass is the
    /// same). A text that ends in two line breaks keeps one, which is how a final newline survives.
    /// </summary>
    internal static bool LosesFinalNewline(string text)
    {
        if (!PlaceholderRenderer.IsRenderedByHub(text))
        {
            return false;
        }

        var end = text.EndsWith("\r\n", StringComparison.Ordinal) ? text.Length - 2
            : text.EndsWith('\n') || text.EndsWith('\r') ? text.Length - 1
            : -1;
        return end >= 0 && !(end > 0 && text[end - 1] is '\n' or '\r');
    }
}
