using FluentAssertions;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Tests.Values;

/// <summary>Extended resource names as the API server takes them in a container's limits.</summary>
public sealed class ResourceNamesTests
{
    [Theory]
    [InlineData("nvidia.com/gpu")]
    [InlineData("amd.com/gpu")]
    [InlineData("example.org/fpga_v2.large")]
    public void A_domain_and_a_name_is_an_extended_resource(string name) =>
        ResourceNames.ExtendedResourceProblem(name).Should().BeNull();

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("cpu", "set cpu_limit or mem_limit")]
    [InlineData("ephemeral-storage", "is a standard resource")]
    [InlineData("gpu", "has no domain")]
    [InlineData("kubernetes.io/gpu", "a domain Kubernetes reserves")]
    [InlineData("node.kubernetes.io/x", "a domain Kubernetes reserves")]
    [InlineData("nvidia.com/g pu", "is not a resource name")]
    public void Anything_else_is_named_with_why(string name, string problem) =>
        ResourceNames.ExtendedResourceProblem(name).Should().Contain(problem);
}
