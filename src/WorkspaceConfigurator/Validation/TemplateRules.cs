using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Templates;

namespace WorkspaceConfigurator.Validation;

/// <summary>
/// Template syntax in every string the hub reads: only the two placeholders, well-formed; in manifests (rendered
/// twice) no statement or comment syntax at all; no stray braces in env values (KubeSpawner's str.format).
/// </summary>
internal static class TemplateRules
{
    private static readonly PlaceholderValues Blank = new("", "");

    public static void Check(ProfileSpec spec, List<Finding> findings)
    {
        var problems = ProfileTemplateCheck.FindProblems(spec);
        for (var i = 0; i < problems.Count; i++)
        {
            var problem = problems[i].Problem;
            findings.Add(Finding.Error(spec.Slug, problems[i].Field, $"'{problem.Expression}' {problem.Reason}", TemplateProblem.Supported));
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
}
