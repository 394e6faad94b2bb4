using System.Text;

namespace WorkspaceConfigurator.Hub.Templates;

/// <summary>
/// Renders the only two Jinja placeholders the hub supports, <c>{{ spawner.user.name }}</c> and
/// <c>{{ namespace }}</c> (any spacing inside the braces), and finds every other template syntax: any other
/// <c>{{ … }}</c>, any <c>{% … %}</c> or <c>{# … #}</c> (even a bash <c>${#x}</c>) breaks the hub's rendering,
/// so it is reported rather than passed on. Pure functions of their input.
/// </summary>
internal static class PlaceholderRenderer
{
    /// <summary>True when the text holds anything that starts a template expression.</summary>
    public static bool ContainsTemplateSyntax(string text) => NextOpening(text, 0) >= 0;

    /// <summary>
    /// The problems of a string the hub renders once (config.yml outside manifests): Jinja only touches strings
    /// that contain <c>{{</c>, so a bash <c>${#x}</c> in a script without one reaches the pod as written.
    /// </summary>
    public static IReadOnlyList<TemplateProblem> FindProblemsInHubString(string text) =>
        IsRenderedByHub(text) ? FindProblems(text) : [];

    /// <summary>Whether the hub runs Jinja on a config.yml string: only when it contains <c>{{</c>.</summary>
    public static bool IsRenderedByHub(string text)
    {
        // A brace is rare in config.yml strings: the vectorised search for one rules out most before the pair is looked for.
        var brace = text.IndexOf('{');
        return brace >= 0 && text.IndexOf("{{", brace, StringComparison.Ordinal) >= 0;
    }

    /// <summary>A string the hub renders once, rendered the way the hub does (see <see cref="FindProblemsInHubString"/>).</summary>
    public static PlaceholderResult RenderHubString(string text, PlaceholderValues values) =>
        IsRenderedByHub(text) ? Render(text, values) : new PlaceholderResult(text, null);

    /// <summary>Every expression in the text that is not one of the two supported placeholders, in order (manifests: any template syntax counts).</summary>
    public static IReadOnlyList<TemplateProblem> FindProblems(string text)
    {
        // Most strings hold no template syntax at all: no need to copy them through the scanner.
        if (!ContainsTemplateSyntax(text))
        {
            return [];
        }

        var problems = new List<TemplateProblem>();
        Scan(text, null, problems);
        return problems;
    }

    /// <summary>The text with both placeholders replaced, or the first unsupported expression.</summary>
    public static PlaceholderResult Render(string text, PlaceholderValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!ContainsTemplateSyntax(text))
        {
            return new PlaceholderResult(text, null);
        }

        var problems = new List<TemplateProblem>();
        var rendered = Scan(text, values, problems);
        return problems.Count == 0 ? new PlaceholderResult(rendered, null) : new PlaceholderResult(null, problems[0]);
    }

    // One pass over the text: placeholders are replaced (when values are given), anything else template-like is a problem.
    private static string Scan(string text, PlaceholderValues? values, List<TemplateProblem> problems)
    {
        var output = new StringBuilder(text.Length);
        var at = 0;
        while (at < text.Length)
        {
            var open = NextOpening(text, at);
            if (open < 0)
            {
                output.Append(text, at, text.Length - at);
                break;
            }

            output.Append(text, at, open - at);
            var closer = text[open + 1] switch { '{' => "}}", '%' => "%}", _ => "#}" };
            var close = text.IndexOf(closer, open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                problems.Add(new TemplateProblem(Excerpt(text, open), $"is not closed with '{closer}'"));
                output.Append(text, open, text.Length - open);
                break;
            }

            var expression = text[open..(close + 2)];
            var replacement = text[open + 1] == '{' ? Placeholder(expression, values) : null;
            if (!IsPlaceholder(expression))
            {
                problems.Add(new TemplateProblem(expression, "is not supported"));
            }

            output.Append(replacement ?? expression);
            at = close + 2;
        }

        return output.ToString();
    }

    private static int NextOpening(string text, int from)
    {
        for (var i = text.IndexOf('{', from); i >= 0 && i < text.Length - 1; i = text.IndexOf('{', i + 1))
        {
            if (text[i + 1] is '{' or '%' or '#')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsPlaceholder(string expression) => Inner(expression) is UserNameExpression or NamespaceExpression;

    private static string? Placeholder(string expression, PlaceholderValues? values) => values is null ? null : Inner(expression) switch
    {
        UserNameExpression => values.UserName,
        NamespaceExpression => values.Namespace,
        _ => null,
    };

    // "{{ spawner.user.name }}" with any spacing inside the braces; only for expressions opened with "{{".
    private static string Inner(string expression) =>
        expression.StartsWith("{{", StringComparison.Ordinal) && expression.EndsWith("}}", StringComparison.Ordinal) && expression.Length >= 4
            ? expression[2..^2].Trim()
            : "";

    private const string UserNameExpression = "spawner.user.name";

    private const string NamespaceExpression = "namespace";

    // An unclosed expression is named by its first line, shortened.
    private static string Excerpt(string text, int open)
    {
        var line = text[open..].Split('\n')[0];
        return line.Length <= 40 ? line : line[..40] + "…";
    }

}
