using FluentAssertions;
using WorkspaceConfigurator.Kubernetes;
using WorkspaceConfigurator.Rendering.Kubernetes;

namespace WorkspaceConfigurator.Tests.Kubernetes;

/// <summary>KubeSpawner's env order: by name, except that a $(NAME) reference puts a variable after the ones it names.</summary>
public sealed class SpawnEnvOrderTests
{
    [Fact]
    public void Variables_are_ordered_by_name_ordinally() =>
        Names(SpawnEnv.Ordered([new("b", "1"), new("JUPYTER_IMAGE", "i"), new("A", "2"), new("JUPYTERHUB_USER", "u")]))
            .Should().Equal("A", "JUPYTERHUB_USER", "JUPYTER_IMAGE", "b");

    [Fact]
    public void A_reference_comes_after_what_it_refers_to()
    {
        var vars = new EnvVar[] { new("A_PATH", "$(Z_HOME)/bin"), new("M", "$(A_PATH):$(Z_HOME)"), new("Z_HOME", "/home"), new("B", "plain") };
        Names(SpawnEnv.Ordered(vars)).Should().Equal("B", "Z_HOME", "A_PATH", "M");
    }

    [Fact]
    public void A_cycle_or_a_missing_reference_goes_last_in_name_order()
    {
        var vars = new EnvVar[] { new("Y", "$(X)"), new("X", "$(Y)"), new("W", "$(MISSING)"), new("SELF", "$(SELF)"), new("FROM_MAP", null, new ConfigMapKeySelector("m", "$(Q)")) };
        Names(SpawnEnv.Ordered(vars)).Should().Equal("FROM_MAP", "SELF", "W", "X", "Y");
    }

    private static IEnumerable<string> Names(IEnumerable<EnvVar> vars) => vars.Select(v => v.Name);
}
