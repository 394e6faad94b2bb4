using System.Text;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Rendering.Kubernetes;

/// <summary>
/// One multi-document YAML stream for <c>kubectl apply -f -</c>: a comment naming each profile before its first
/// document, documents separated by <c>---</c>.
/// </summary>
public static class ManifestStream
{
    public static string Write(IEnumerable<ProfileObjects> profiles)
    {
        var text = new StringBuilder();
        var writer = new YamlWriter(text);
        var first = true;
        foreach (var profile in profiles)
        {
            for (var i = 0; i < profile.Objects.Count; i++)
            {
                if (!first)
                {
                    writer.WriteDocumentSeparator();
                }

                first = false;
                if (i == 0)
                {
                    writer.WriteComment($"profile: {profile.Slug} ({profile.DisplayName})");
                }

                writer.WriteDocument(profile.Objects[i].ToYaml());
            }
        }

        return text.ToString();
    }
}
