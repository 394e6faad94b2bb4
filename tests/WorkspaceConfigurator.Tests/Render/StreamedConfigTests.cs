using FluentAssertions;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Render.AppHub;
using WorkspaceConfigurator.Tests.Support;
using WorkspaceConfigurator.Write;

namespace WorkspaceConfigurator.Tests.Render;

/// <summary>dump-config writes a profile at a time; the bytes are those of the whole document written at once.</summary>
public sealed class StreamedConfigTests
{
    [Fact]
    public void Streamed_output_is_the_whole_document_for_none_one_all_and_more_than_a_buffer_of_profiles()
    {
        var all = Plans.Builtin().Select(p => p.Spec!).ToList();

        // Enough profiles that the buffer is flushed several times mid-document.
        List<ProfileSpec> many = [.. Enumerable.Repeat(all, 20).SelectMany(specs => specs)];
        foreach (var specs in new[] { [], [all[0]], all, many })
        {
            var streamed = new StringWriter { NewLine = "\n" };
            var config = new AppHubConfigStream(streamed);
            specs.ForEach(config.Add);
            config.Finish();
            var whole = YamlWriter.Write(AppHubConfigRenderer.Document(specs.Select(AppHubConfigRenderer.RenderProfile)));
            streamed.ToString().Should().Be(whole, $"{specs.Count} profiles");
        }

        many.Count.Should().BeGreaterThan(100);
    }
}
