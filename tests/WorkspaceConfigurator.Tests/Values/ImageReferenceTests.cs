using FluentAssertions;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Tests.Values;

/// <summary>
/// The image reference grammar, case by case (the robustness tests compare it with a reference parser on generated
/// strings): what the kubelet pulls is accepted, what it would refuse with InvalidImageName is named.
/// </summary>
public sealed class ImageReferenceTests
{
    [Theory]
    [InlineData("nginx")]
    [InlineData("library/nginx:1.25")]
    [InlineData("docker.io/library/nginx:1.25-alpine")]
    [InlineData("localhost:5000/team/ws:2")]
    [InlineData("[::1]:5000/ws")]
    [InlineData("eoepca/pde-code-server:1.0.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("ghcr.io/a__b/c-d.e:_tag")]
    public void A_reference_the_runtime_pulls_has_no_problem(string reference) =>
        ImageReference.Problem(reference).Should().BeNull();

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("Nginx:1", "Nginx")]
    [InlineData("nginx:1 2", "the tag '1 2' is not valid")]
    [InlineData("nginx:-1", "the tag '-1' is not valid")]
    [InlineData("nginx@sha256:xyz", "the digest 'sha256:xyz' is not valid")]
    [InlineData(":1", "has no repository name")]
    [InlineData("a//b", "the repository path component '' is not valid")]
    public void A_reference_the_runtime_refuses_is_named_with_what_is_wrong(string reference, string problem) =>
        ImageReference.Problem(reference).Should().Contain(problem);
}
