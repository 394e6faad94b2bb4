using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Render.AppHub;

namespace WorkspaceConfigurator.Write;

/// <summary>
/// config.yml written as its profiles come: each is rendered and written when added, so a catalogue of thousands of
/// profiles never holds every profile's tree, nor the whole text, in memory. The bytes are those of
/// <see cref="AppHubConfigRenderer.Document"/> written by <see cref="YamlWriter"/>.
/// </summary>
internal sealed class AppHubConfigStream(TextWriter writer)
{
    private BufferedYamlWriter? output;

    public void Add(ProfileSpec spec)
    {
        if (output is null)
        {
            output = new BufferedYamlWriter(writer);
            output.Append(AppHubConfigRenderer.ProfilesKey + ":\n");
        }

        output.Yaml.WriteSequenceItem(AppHubConfigRenderer.RenderProfile(spec), 0);
        output.FlushIfFull();
    }

    /// <summary>Ends the document: <c>profiles: []</c> when no profile was added.</summary>
    public void Finish()
    {
        if (output is null)
        {
            writer.Write(YamlWriter.Write(AppHubConfigRenderer.Document([])));
            return;
        }

        output.Flush();
    }
}
