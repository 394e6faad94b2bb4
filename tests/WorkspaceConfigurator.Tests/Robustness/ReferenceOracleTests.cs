using FluentAssertions;
using WorkspaceConfigurator.Tests.Support;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Tests.Robustness;

/// <summary>
/// The image-reference and extended-resource scans against the patterns the kubelet and the API server use
/// (<see cref="KubeletChecks"/>), over generated strings built from the pieces that matter to the grammars.
/// </summary>
public sealed class ReferenceOracleTests
{
    private static readonly string[] ImagePieces =
    [
        "a", "z", "0", "9", "A", "Z", "-", "--", "_", "__", "___", ".", ":", "/", "@", " ", "[", "]", "::1", "5000", "localhost",
        "registry.example.com", "library", "python", "3.12", "sha256", "sha256:", new string('a', 32), new string('F', 64), "+", "é", "\t",
        "{{ spawner.user.name }}", new string('x', 130),
    ];

    private static readonly string[] ResourcePieces =
    [
        "nvidia.com", "example.com", "kubernetes.io", "x.kubernetes.io", "requests.", "limits.", "/", "gpu", "cpu", "memory", "hugepages-2Mi",
        "ephemeral-storage", "pods", "storage", "-", "_", ".", " ", "A", "a", "0", "bad res", new string('r', 64),
    ];

    [Fact]
    public void Image_references_agree_with_the_distribution_grammar()
    {
        SeededCases.Check(HostileStrings.Joined(ImagePieces, 6), 1, 30000, s =>
            (ImageReference.Problem(s) is null).Should().Be(KubeletChecks.IsImageReference(s)), HostileStrings.Quote);
    }

    [Theory]
    [InlineData("python")]
    [InlineData("python:3.12")]
    [InlineData("docker.io/library/python:3.12-slim")]
    [InlineData("localhost:5000/team/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("[::1]:5000/app:1")]
    [InlineData("Registry.Example.com/app")]
    [InlineData("a__b/c---d/e.f_g")]
    public void Valid_references_pass(string image)
    {
        ImageReference.Problem(image).Should().BeNull();
        KubeletChecks.IsImageReference(image).Should().BeTrue();
    }

    [Theory]
    [InlineData("my image:1", "the repository path component 'my image' is not valid*")]
    [InlineData("Python:3", "the repository path component 'Python' is not valid*")]
    [InlineData("app:", "the tag '' is not valid*")]
    [InlineData("app:-1", "the tag '-1' is not valid*")]
    [InlineData("app@sha256:abc", "the digest 'sha256:abc' is not valid*")]
    [InlineData("reg istry/app", "'reg istry' is neither a registry*")]
    [InlineData("", "is empty")]
    [InlineData(":1", "has no repository name")]
    public void Invalid_references_say_why(string image, string problem)
    {
        ImageReference.Problem(image).Should().Match(problem);
        KubeletChecks.IsImageReference(image).Should().BeFalse();
    }

    [Fact]
    public void Extended_resource_names_are_what_the_api_server_takes_as_extended()
    {
        SeededCases.Check(HostileStrings.Joined(ResourcePieces, 6), 2, 20000, s =>
        {
            var accepted = ResourceNames.ExtendedResourceProblem(s) is null;
            if (accepted)
            {
                KubeletChecks.IsContainerResourceName(s).Should().BeTrue("it is accepted, so the API server must take it");
            }

            // Outside the reserved domain, the rule is exactly the API server's.
            if (!s.Contains("kubernetes.io", StringComparison.Ordinal))
            {
                accepted.Should().Be(KubeletChecks.IsExtendedResourceName(s));
            }
        }, HostileStrings.Quote);
    }

    [Theory]
    [InlineData("cpu", "'cpu' is a standard resource, not an extended one (set cpu_limit or mem_limit)")]
    [InlineData("memory", "'memory' is a standard resource, not an extended one (set cpu_limit or mem_limit)")]
    [InlineData("ephemeral-storage", "'ephemeral-storage' is a standard resource, not an extended one")]
    [InlineData("hugepages-2Mi", "'hugepages-2Mi' is a standard resource, not an extended one")]
    [InlineData("pods", "'pods' is a standard resource, not an extended one")]
    [InlineData("storage", "'storage' is a standard resource, not an extended one")]
    [InlineData("gpu", "'gpu' has no domain (an extended resource is DOMAIN/NAME, e.g. nvidia.com/gpu)")]
    [InlineData("bad res", "'bad res' has no domain (an extended resource is DOMAIN/NAME, e.g. nvidia.com/gpu)")]
    [InlineData("example.com/bad res", "'example.com/bad res' is not a resource name*")]
    [InlineData("kubernetes.io/gpu", "'kubernetes.io/gpu' is in a domain Kubernetes reserves*")]
    public void Standard_and_invalid_resource_names_are_refused(string name, string problem) =>
        ResourceNames.ExtendedResourceProblem(name).Should().Match(problem);
}
