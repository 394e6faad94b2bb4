using System.Globalization;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Rendering.AppHub;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Templates;

/// <summary>An unsupported template expression in one field of a profile, the field named by its config.yml path.</summary>
public sealed record FieldTemplateProblem(string Field, TemplateProblem Problem)
{
    public override string ToString() => $"{Field}: template expression {Problem}";
}

/// <summary>
/// Finds unsupported template syntax in every string of a profile. Fields are named the way config.yml names
/// them (<c>pod_env_vars.FOO</c>, <c>manifests[0].content[1].data.gateway.yaml</c>), because that is the file the
/// hub renders and the names users see in dump-config.
/// </summary>
public static class ProfileTemplateCheck
{
    public static IReadOnlyList<FieldTemplateProblem> FindProblems(ProfileSpec spec) => FindProblems(AppHubConfigRenderer.RenderProfile(spec));

    /// <summary>The problems of a profile already rendered as config.yml holds it.</summary>
    public static IReadOnlyList<FieldTemplateProblem> FindProblems(YamlMapping hubForm)
    {
        var problems = new List<FieldTemplateProblem>();
        Walk(hubForm, "", problems);
        return problems;
    }

    /// <summary>Throws a one-line <see cref="ProfileException"/> naming the profile, the field and the expression.</summary>
    public static void ThrowIfAny(ProfileSpec spec)
    {
        if (FindProblems(spec) is [var first, ..])
        {
            throw new ProfileException($"profile '{spec.Slug}': {first}");
        }
    }

    private static void Walk(YamlNode node, string path, List<FieldTemplateProblem> problems)
    {
        switch (node)
        {
            case YamlMapping mapping:
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    var (key, value) = mapping.Entries[i];
                    var field = path.Length == 0 ? key : $"{path}.{key}";
                    Check(key, field, problems);
                    Walk(value, field, problems);
                }

                break;
            case YamlSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Walk(sequence.Items[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), problems);
                }

                break;
            case YamlScalar { Kind: YamlScalarKind.String } scalar:
                Check(scalar.Text, path, problems);
                break;
        }
    }

    // Manifests are rendered twice, so any template syntax there breaks them; elsewhere only strings with "{{" are rendered.
    private static void Check(string text, string field, List<FieldTemplateProblem> problems)
    {
        var found = field.StartsWith("manifests[", StringComparison.Ordinal)
            ? PlaceholderRenderer.FindProblems(text)
            : PlaceholderRenderer.FindProblemsInHubString(text);
        for (var i = 0; i < found.Count; i++)
        {
            problems.Add(new FieldTemplateProblem(field, found[i]));
        }
    }
}
