using WorkspaceConfigurator.Rendering.AppHub;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Validation;

/// <summary>
/// Template syntax in every string the hub reads: only the two placeholders, well-formed; in manifests (rendered
/// twice) no statement or comment syntax at all; no stray braces in env values (KubeSpawner's str.format).
/// </summary>
internal static class TemplateRules
{
    public static IEnumerable<Finding> Check(ProfileSpec spec)
    {
        var findings = new List<Finding>();
        Walk(AppHubConfigRenderer.RenderProfile(spec), "", (path, text) =>
        {
            var inManifest = path.StartsWith("manifests[", StringComparison.Ordinal);
            var problem = inManifest ? TemplateSyntax.ProblemInManifestString(text) : TemplateSyntax.ProblemInHubString(text);
            if (problem is not null)
            {
                findings.Add(Finding.Error(spec.Slug, path, problem, $"only {TemplateSyntax.UserPlaceholder} and {TemplateSyntax.NamespacePlaceholder}"));
            }
            else if (path.StartsWith("pod_env_vars.", StringComparison.Ordinal) && TemplateSyntax.HasStrayBrace(text))
            {
                findings.Add(Finding.Error(spec.Slug, path, "contains '{' or '}', which KubeSpawner's str.format fails on", $"no braces besides {TemplateSyntax.UserPlaceholder} and {TemplateSyntax.NamespacePlaceholder}"));
            }
        });
        return findings;
    }

    /// <summary>Calls <paramref name="visit"/> with the contract path and text of every string, keys included.</summary>
    public static void Walk(YamlNode node, string path, Action<string, string> visit)
    {
        switch (node)
        {
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    var child = path.Length == 0 ? entry.Key : $"{path}.{entry.Key}";
                    visit(child, entry.Key);
                    Walk(entry.Value, child, visit);
                }

                break;
            case YamlSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Walk(sequence.Items[i], $"{path}[{i}]", visit);
                }

                break;
            case YamlScalar { Kind: YamlScalarKind.String } scalar:
                visit(path, scalar.Text);
                break;
        }
    }
}
