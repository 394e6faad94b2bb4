using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Templates;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Validation;

/// <summary>
/// Template syntax in every string the hub reads: only the two placeholders, well-formed; in manifests (rendered
/// twice) no statement or comment syntax at all; no stray braces in env values (KubeSpawner's str.format).
/// </summary>
internal static class TemplateRules
{
    private static readonly PlaceholderValues Blank = new("", "");

    public static IEnumerable<Finding> Check(ProfileSpec spec, YamlMapping hubForm)
    {
        foreach (var (field, problem) in ProfileTemplateCheck.FindProblems(hubForm))
        {
            yield return Finding.Error(spec.Slug, field, $"'{problem.Expression}' {problem.Reason}", TemplateProblem.Supported);
        }

        foreach (var (name, value) in spec.Env)
        {
            if (value is LiteralEnvValue literal && PlaceholderRenderer.RenderHubString(literal.Text, Blank).Text is { } rendered
                && (rendered.Contains('{') || rendered.Contains('}')))
            {
                yield return Finding.Error(spec.Slug, $"pod_env_vars.{name}", "contains '{' or '}', which KubeSpawner's str.format fails on",
                    "no braces besides {{ spawner.user.name }} and {{ namespace }}");
            }
        }
    }
}
