using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Render;

/// <summary>
/// Pins dump-config byte for byte. A mismatch writes Snapshots/*.received.yaml and shows a diff; set
/// WSCONF_ACCEPT_SNAPSHOTS=1 to accept the new output.
/// </summary>
public sealed class DumpConfigSnapshotTests
{
    [Theory]
    [MemberData(nameof(Profiles.BuiltinCatalogTests.Slugs), MemberType = typeof(Profiles.BuiltinCatalogTests))]
    public void Each_builtin_profile(string slug)
    {
        var result = CliRunner.Run("dump-config", "--profile", slug, "--groups", "workspace-users");
        Xunit.Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Out, $"dump-config.{slug}");
    }

    [Fact]
    public void Combined_run_with_overrides()
    {
        var result = CliRunner.Run(
            "dump-config",
            "--profile", "coder-gpu,remote_desktop,jupyterlab",
            "--groups", "staff,students",
            "--storage-class-rwo", "fast-rwo",
            "--storage-class-rwx", "shared-rwx",
            "--image", "registry.example.org/workspace:2.1",
            "--override", "coder-gpu:gpu_limit=2",
            "--override", "coder-gpu:mem_limit=48Gi",
            "--override", "coder-gpu:workspace_volume_size=100Gi",
            "--override", "coder-gpu:env.CUDA_VISIBLE_DEVICES=all",
            "--override", "remote-desktop:default=true",
            "--override", "remote-desktop:image=registry.example.org/desktop:3",
            "--override", "jupyterlab:description=yes",
            "--override", "jupyterlab:env.PORT=8080",
            "--node-selector", "coder-gpu:topology.kubernetes.io/zone=eu-west-1a",
            "--node-selector", "jupyterlab:node-role=workspace");
        Xunit.Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Out, "dump-config.combined-with-overrides");
    }
}
