using System.Diagnostics;
using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Render.Manifests;

/// <summary>--output-dir: one kustomize base per profile, written without half-written output.</summary>
public sealed class DumpManifestsOutputDirTests
{
    [Fact]
    public void Writes_one_folder_per_profile_with_a_kustomization_listing_files_in_order()
    {
        using var temp = new TempFolder();
        var dir = temp.File("manifests");
        var result = CliRunner.Run("dump-manifests", "--profile", "coder-dask-gateway,jupyterlab", "--output-dir", dir);
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().BeEmpty();

        Directory.GetDirectories(dir).Select(Path.GetFileName).Should().BeEquivalentTo("coder-dask-gateway", "jupyterlab");
        Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Should().Equal("manifests");

        var gateway = Path.Combine(dir, "coder-dask-gateway");
        var kustomization = Yaml11.Load(File.ReadAllText(Path.Combine(gateway, "kustomization.yaml")), Yaml11Dialect.GoYamlV2);
        kustomization["apiVersion"]!.ToString().Should().Be("kustomize.config.k8s.io/v1beta1");
        kustomization["kind"]!.ToString().Should().Be("Kustomization");
        var resources = kustomization["resources"]!.Select(r => r.ToString()).ToList();
        resources.Should().StartWith(["namespace-jupyter-jovyan.yaml", "release-dask-gw-jupyter-jovyan.yaml", "configmap-dask-gateway-config.yaml"]);
        resources.Should().Contain(["persistentvolumeclaim-workspace-claim.yaml", "rolebinding-log-reader-role-binding-coder-dask-gateway.yaml"]);
        resources.Last().Should().Be("pod-jupyter-jovyan.yaml");
        Directory.GetFiles(gateway).Select(Path.GetFileName).Should().BeEquivalentTo(resources.Append("kustomization.yaml"));

        var stream = DumpManifests.ValidOutput("--profile", "coder-dask-gateway");
        var joined = string.Join("---\n", resources.Select(r => File.ReadAllText(Path.Combine(gateway, r))));
        stream.Should().Be("# profile: coder-dask-gateway (Code Server with Dask Gateway)\n" + joined);
        foreach (var file in Directory.GetFiles(dir, "*.yaml", SearchOption.AllDirectories).Where(f => !f.EndsWith("kustomization.yaml", StringComparison.Ordinal)))
        {
            KubernetesValidator.ValidateYaml(File.ReadAllText(file)).Should().BeEmpty(file);
        }
    }

    [FactWhenInstalled("kubectl")]
    public void Each_profile_folder_builds_with_kustomize()
    {
        using var temp = new TempFolder();
        var dir = temp.File("manifests");
        CliRunner.Run("dump-manifests", "--profile", "coder-dask-gateway,jupyterlab", "--output-dir", dir).ExitCode.Should().Be(0);
        foreach (var folder in Directory.GetDirectories(dir))
        {
            using var process = Process.Start(new ProcessStartInfo(Programs.Find("kubectl")!, ["kustomize", folder]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.Should().Be(0, error);
            output.Should().Contain("kind: Pod");
        }
    }

    [Fact]
    public void An_existing_folder_gets_each_profile_folder_replaced_and_keeps_the_rest()
    {
        using var temp = new TempFolder();
        var dir = temp.File("out");
        Directory.CreateDirectory(Path.Combine(dir, "coder"));
        File.WriteAllText(Path.Combine(dir, "coder", "stale.yaml"), "old");
        File.WriteAllText(Path.Combine(dir, "README.txt"), "mine");
        Directory.CreateDirectory(Path.Combine(dir, "other"));

        var result = CliRunner.Run("dump-manifests", "--profile", "coder", "--output-dir", dir);
        result.ExitCode.Should().Be(0, result.Error);
        File.Exists(Path.Combine(dir, "coder", "stale.yaml")).Should().BeFalse();
        File.Exists(Path.Combine(dir, "coder", "pod-jupyter-jovyan.yaml")).Should().BeTrue();
        File.ReadAllText(Path.Combine(dir, "README.txt")).Should().Be("mine");
        Directory.Exists(Path.Combine(dir, "other")).Should().BeTrue();
        Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Should().Equal("out");
    }

    [Fact]
    public void A_failing_render_writes_nothing()
    {
        using var temp = new TempFolder();
        var dir = temp.File("out");
        var result = CliRunner.Run("dump-manifests", "--override", "jupyterlab:env.X={% raw %}", "--output-dir", dir);
        result.ShouldFailWith(1, "jupyterlab: pod_env_vars.X:");
        Directory.GetFileSystemEntries(temp.Path).Should().BeEmpty();
    }

    [Fact]
    public void A_missing_parent_folder_is_a_usage_error()
    {
        using var temp = new TempFolder();
        CliRunner.Run("dump-manifests", "--output-dir", temp.File("no/such/dir")).ShouldFailWith(2, "does not exist");
    }
}
