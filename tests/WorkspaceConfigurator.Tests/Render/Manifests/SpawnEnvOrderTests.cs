using FluentAssertions;
using k8s.Models;
using WorkspaceConfigurator.Render.Manifests;

namespace WorkspaceConfigurator.Tests.Render.Manifests;

/// <summary>KubeSpawner's env order: by name, except that a $(NAME) reference puts a variable after the ones it names.</summary>
public sealed class SpawnEnvOrderTests
{
    [Fact]
    public void Variables_are_ordered_by_name_ordinally() =>
        Names(SpawnEnv.Ordered([Var("b", "1"), Var("JUPYTER_IMAGE", "i"), Var("A", "2"), Var("JUPYTERHUB_USER", "u")]))
            .Should().Equal("A", "JUPYTERHUB_USER", "JUPYTER_IMAGE", "b");

    [Fact]
    public void A_reference_comes_after_what_it_refers_to()
    {
        var vars = new[] { Var("A_PATH", "$(Z_HOME)/bin"), Var("M", "$(A_PATH):$(Z_HOME)"), Var("Z_HOME", "/home"), Var("B", "plain") };
        Names(SpawnEnv.Ordered(vars)).Should().Equal("B", "Z_HOME", "A_PATH", "M");
    }

    [Fact]
    public void A_cycle_or_a_missing_reference_goes_last_in_name_order()
    {
        var fromMap = new V1EnvVar
        {
            Name = "FROM_MAP",
            ValueFrom = new V1EnvVarSource { ConfigMapKeyRef = new V1ConfigMapKeySelector { Name = "m", Key = "$(Q)" } },
        };
        var vars = new[] { Var("Y", "$(X)"), Var("X", "$(Y)"), Var("W", "$(MISSING)"), Var("SELF", "$(SELF)"), fromMap };
        Names(SpawnEnv.Ordered(vars)).Should().Equal("FROM_MAP", "SELF", "W", "X", "Y");
    }

    private static V1EnvVar Var(string name, string value) => SpawnEnv.Literal(name, value);

    private static IEnumerable<string> Names(IEnumerable<V1EnvVar> vars) => vars.Select(v => v.Name);
}
