using WorkspaceConfigurator.Render.Manifests;

namespace WorkspaceConfigurator.Write;

/// <summary>
/// One multi-document YAML stream for <c>kubectl apply -f -</c>: a comment naming each profile before its first
/// document, documents separated by <c>---</c>.
/// </summary>
internal static class ManifestStream
{
    public static string Write(IEnumerable<SpawnObjects> profiles)
    {
        var text = new StringWriter { NewLine = "\n" };
        Write(profiles, text);
        return text.ToString();
    }

    /// <summary>The same stream, written to <paramref name="writer"/> as it is made.</summary>
    public static void Write(IEnumerable<SpawnObjects> profiles, TextWriter writer)
    {
        var output = new BufferedYamlWriter(writer);
        var first = true;
        foreach (var profile in profiles)
        {
            for (var i = 0; i < profile.Objects.Count; i++)
            {
                if (!first)
                {
                    output.Yaml.WriteDocumentSeparator();
                }

                first = false;
                if (i == 0)
                {
                    output.Yaml.WriteComment($"profile: {profile.Slug} ({profile.DisplayName})");
                }

                output.Yaml.WriteDocument(profile.Objects[i].ToYaml());
                output.FlushIfFull();
            }
        }

        output.Flush();
    }
}
