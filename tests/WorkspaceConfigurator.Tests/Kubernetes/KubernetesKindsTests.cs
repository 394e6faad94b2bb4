using FluentAssertions;
using WorkspaceConfigurator.Kubernetes;

namespace WorkspaceConfigurator.Tests.Kubernetes;

/// <summary>One table answers both questions a kind raises: may a profile create it, and does it live in a namespace.</summary>
public sealed class KubernetesKindsTests
{
    [Theory]
    [InlineData("v1", "Namespace")]
    [InlineData("rbac.authorization.k8s.io/v1", "ClusterRole")]
    [InlineData("rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding")]
    [InlineData("helm.crossplane.io/v1beta1", "Release")]
    [InlineData("kubernetes.crossplane.io/v1alpha1", "Object")]
    public void Cluster_wide_kinds_are_cluster_scoped_whatever_the_version(string apiVersion, string kind) =>
        KubernetesKinds.IsClusterScoped(apiVersion, kind).Should().BeTrue();

    [Theory]
    [InlineData("v1", "ConfigMap")]
    [InlineData("rbac.authorization.k8s.io/v1", "Role")]
    [InlineData("external-secrets.io/v1beta1", "ExternalSecret")]
    [InlineData("example.org/v1", "Widget")]
    public void Other_kinds_live_in_a_namespace(string apiVersion, string kind) =>
        KubernetesKinds.IsClusterScoped(apiVersion, kind).Should().BeFalse();

    [Fact]
    public void The_custom_kinds_are_the_three_the_hub_dispatches_each_at_one_version() =>
        KubernetesKinds.Custom.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["Release"] = "helm.crossplane.io/v1beta1",
            ["Object"] = "kubernetes.crossplane.io/v1alpha2",
            ["ExternalSecret"] = "external-secrets.io/v1beta1",
        });

    [Theory]
    [InlineData("v1", "ConfigMap", true)]
    [InlineData("apps/v1", "Deployment", true)]
    [InlineData("autoscaling/v2", "HorizontalPodAutoscaler", true)]
    [InlineData("extensions/v1beta1", "Deployment", false)]
    [InlineData("rbac.authorization.k8s.io/v1", "ClusterRole", false)]
    [InlineData("v1", "Namespace", false)]
    [InlineData("helm.crossplane.io/v1beta1", "Release", false)]
    public void A_profile_may_create_the_namespaced_built_ins_only_at_their_current_versions(string apiVersion, string kind, bool creatable) =>
        KubernetesKinds.IsCreatableBuiltIn(apiVersion, kind).Should().Be(creatable);
}
