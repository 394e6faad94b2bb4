using System.Text.RegularExpressions;

namespace WorkspaceConfigurator.Validation;

/// <summary>
/// The template syntax the hub understands in config.yml strings: Jinja renders any string that contains
/// <c>{{</c>, with only <c>spawner</c> and <c>namespace</c> defined. We allow exactly two placeholders.
/// </summary>
public static partial class TemplateSyntax
{
    public const string UserPlaceholder = "{{ spawner.user.name }}";
    public const string NamespacePlaceholder = "{{ namespace }}";

    /// <summary>What is wrong with the template syntax of a string the hub renders, or null when it is fine.</summary>
    public static string? ProblemInHubString(string text)
    {
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return null; // Jinja leaves strings without "{{" alone.
        }

        if (Statement().Match(text) is { Success: true } statement)
        {
            return $"'{statement.Value}' is Jinja statement or comment syntax";
        }

        return UnsupportedExpression(text);
    }

    /// <summary>What is wrong in a manifest string, which the hub renders twice: no statement or comment syntax at all.</summary>
    public static string? ProblemInManifestString(string text) =>
        Statement().Match(text) is { Success: true } statement
            ? $"'{statement.Value}' is Jinja statement or comment syntax (a bash ${{#x}} breaks the object too)"
            : UnsupportedExpression(text);

    /// <summary>A single '{' or '}' outside the placeholders; KubeSpawner's str.format fails on it.</summary>
    public static bool HasStrayBrace(string text)
    {
        var stripped = Expression().Replace(text, m => IsAllowed(m.Value) ? "" : m.Value);
        return stripped.Contains('{') || stripped.Contains('}');
    }

    public static bool IsAllowed(string expression) => Inner(expression) is "spawner.user.name" or "namespace";

    /// <summary>Renders the two placeholders (any spacing inside the braces).</summary>
    public static string Render(string text, string user, string @namespace) =>
        Expression().Replace(text, m => Inner(m.Value) switch
        {
            "spawner.user.name" => user,
            "namespace" => @namespace,
            _ => m.Value,
        });

    private static string? UnsupportedExpression(string text)
    {
        foreach (Match match in Expression().Matches(text))
        {
            if (!IsAllowed(match.Value))
            {
                return $"'{match.Value}' is not a supported placeholder";
            }
        }

        var withoutExpressions = Expression().Replace(text, "");
        return withoutExpressions.Contains("{{", StringComparison.Ordinal) ? "'{{' is never closed with '}}'" : null;
    }

    private static string Inner(string expression) => expression[2..^2].Trim();

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Expression();

    [GeneratedRegex(@"\{[%#][^\n]{0,20}", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Statement();
}
