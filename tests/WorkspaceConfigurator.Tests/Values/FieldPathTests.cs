using FluentAssertions;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Tests.Values;

/// <summary>A path into a YAML tree, spelled as the findings name a field.</summary>
public sealed class FieldPathTests
{
    [Fact]
    public void Keys_are_joined_with_dots_and_items_are_indexed()
    {
        FieldPath.Of("manifests").At(0).Then("content").At(1).Then("data").ToString().Should().Be("manifests[0].content[1].data");
        FieldPath.Of("profiles").Then("coder").Then("env").Then("X").ToString().Should().Be("profiles.coder.env.X");
    }

    [Fact]
    public void A_path_given_whole_is_written_as_it_is() =>
        FieldPath.Of("volumes.workspace-claim").ToString().Should().Be("volumes.workspace-claim");
}
