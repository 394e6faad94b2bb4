using System.Globalization;
using WorkspaceConfigurator.Check;
using WorkspaceConfigurator.Hub.Templates;

namespace WorkspaceConfigurator.Tests.Check;

/// <summary>
/// The template check as it was when it read a rendered config.yml: a walk over the tree that visits every key and
/// string scalar with its path, and calls a field a manifest field by its "manifests[" prefix. wsconf no longer
/// has it; it is kept here as the oracle the spec walk (<see cref="SpecStrings"/>) is compared with.
/// </summary>
internal static class RenderedTreeWalk
{
    /// <summary>One string the walk met: a mapping key (<see cref="IsKey"/>, with the path of its mapping) or a string value.</summary>
    public sealed record Visit(string Field, string Text, bool IsKey, string Parent);

    public static List<Visit> Strings(YamlMapping hubForm)
    {
        var visits = new List<Visit>();
        Walk(hubForm, "", visits);
        return visits;
    }

    /// <summary>The problems, as the old check found them.</summary>
    public static List<FieldTemplateProblem> FindProblems(YamlMapping hubForm)
    {
        var problems = new List<FieldTemplateProblem>();
        foreach (var visit in Strings(hubForm))
        {
            Check(visit.Text, visit.Field, problems);
        }

        return problems;
    }

    private static void Walk(YamlNode node, string path, List<Visit> visits)
    {
        switch (node)
        {
            case YamlMapping mapping:
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    var (key, value) = mapping.Entries[i];
                    var field = path.Length == 0 ? key : $"{path}.{key}";
                    visits.Add(new Visit(field, key, IsKey: true, Parent: path));
                    Walk(value, field, visits);
                }

                break;
            case YamlSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Walk(sequence.Items[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), visits);
                }

                break;
            case YamlScalar { Kind: YamlScalarKind.String } scalar:
                visits.Add(new Visit(path, scalar.Text, IsKey: false, Parent: path));
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
