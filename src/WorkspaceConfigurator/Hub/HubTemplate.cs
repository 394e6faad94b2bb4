using System.Text;

namespace WorkspaceConfigurator.Hub;

/// <summary>
/// KubeSpawner's name templates (<c>jupyter-{username}</c>), which it fills with Python's <c>str.format</c>:
/// <c>{field}</c> is replaced, <c>{{</c> and <c>}}</c> are literal braces, and a template that does not end with '-'
/// loses the '-' its fields leave at the end (an empty server name in <c>{username}-{servername}</c>). Format
/// specifications, conversions and attribute access are not used by any hub setting and are refused.
/// </summary>
internal static class HubTemplate
{
    /// <summary>The filled template; a problem (an unknown field, a stray brace) is a <see cref="FormatException"/> saying what is valid.</summary>
    /// <param name="kubeSpawner">
    /// A KubeSpawner template (pod name), which loses the '-' its fields leave at the end; false for the consumer's own
    /// f-strings (the namespace its pre-spawn hook builds, its environment), which keep every character.
    /// </param>
    public static string Expand(string template, IReadOnlyDictionary<string, string> fields, bool kubeSpawner = true)
    {
        // {environment_name} is not KubeSpawner's field: the EOEPCA hub concatenates its deployment environment into the
        // template text itself ("jupyter-{username}-{servername}-" + env), so it is text when KubeSpawner looks at the end.
        if (fields.TryGetValue("environment_name", out var environment) && template.Contains("{environment_name}", StringComparison.Ordinal))
        {
            template = template.Replace("{environment_name}", environment.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        var text = new StringBuilder(template.Length + 16);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '}')
            {
                if (i + 1 < template.Length && template[i + 1] == '}')
                {
                    text.Append('}');
                    i++;
                    continue;
                }

                throw new FormatException($"'{template}' has a single '}}' (write '}}}}' for a literal brace)");
            }

            if (c != '{')
            {
                text.Append(c);
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                text.Append('{');
                i++;
                continue;
            }

            var end = template.IndexOf('}', i + 1);
            if (end < 0)
            {
                throw new FormatException($"'{template}' has a '{{' that is not closed (write '{{{{' for a literal brace)");
            }

            var field = template[(i + 1)..end];
            if (!fields.TryGetValue(field, out var value))
            {
                throw new FormatException($"'{template}' names '{{{field}}}', which is not a template field (valid: {string.Join(", ", fields.Keys.Select(k => "{" + k + "}"))})");
            }

            text.Append(value);
            i = end;
        }

        var rendered = text.ToString();
        return !kubeSpawner || template.EndsWith('-') ? rendered : rendered.TrimEnd('-');
    }
}
