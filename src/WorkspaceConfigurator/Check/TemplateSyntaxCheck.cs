using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Hub.Templates;

namespace WorkspaceConfigurator.Check;

/// <summary>
/// Finds unsupported template syntax in every string of a profile. Fields are named the way config.yml names
/// them (<c>pod_env_vars.FOO</c>, <c>manifests[0].content[1].data.gateway.yaml</c>), because that is the file the
/// hub renders and the names users see in dump-config; the strings are read from the spec (<see cref="SpecStrings"/>),
/// so no renderer runs for a check.
/// </summary>
internal static class TemplateSyntaxCheck
{
    public static IReadOnlyList<FieldTemplateProblem> FindProblems(ProfileSpec spec)
    {
        var strings = SpecStrings.WithTemplateSyntax(spec);
        var problems = new List<FieldTemplateProblem>();
        for (var i = 0; i < strings.Count; i++)
        {
            var found = FindProblems(strings[i]);
            for (var j = 0; j < found.Count; j++)
            {
                problems.Add(new FieldTemplateProblem(strings[i].Field, found[j]));
            }
        }

        return problems;
    }

    /// <summary>The problems of one string, for checks that walk <see cref="SpecStrings"/> themselves.</summary>
    internal static IReadOnlyList<TemplateProblem> FindProblems(SpecString text) =>
        // Manifests are rendered twice, so any template syntax there breaks them; elsewhere only strings with "{{" are rendered.
        text.InManifest ? PlaceholderRenderer.FindProblems(text.Text) : PlaceholderRenderer.FindProblemsInHubString(text.Text);

    /// <summary>Throws a one-line <see cref="ProfileException"/> naming the profile, the field and the expression.</summary>
    public static void ThrowIfAny(ProfileSpec spec)
    {
        if (FindProblems(spec) is [var first, ..])
        {
            throw new ProfileException($"profile '{spec.Slug}': {first}");
        }
    }
}
