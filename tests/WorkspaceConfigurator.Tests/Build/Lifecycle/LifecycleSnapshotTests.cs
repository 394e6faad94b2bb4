using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Render.Manifests;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Build.Lifecycle;

/// <summary>
/// Pins config.yml and the preview of lifecycle-enabled profiles byte for byte; both must pass the hub contract and
/// the strict Kubernetes schema. Set WSCONF_ACCEPT_SNAPSHOTS=1 to accept a new output.
/// </summary>
public sealed class LifecycleSnapshotTests
{
    private static readonly string[] Coder =
    [
        "--profile", "coder", "--groups", "staff",
        "--override", "coder:home_path=/home/coder",
        "--override", "coder:rc_files=seed",
        "--override", "coder:image_configure=/coder/configure",
        "--override", "coder:personalize=true",
        "--override", "coder:dotfiles_repo=git@github.com:alice/dotfiles.git",
        "--override", "coder:git_ssh_secret=git-ssh",
    ];

    private static readonly string[] JupyterLab =
    [
        "--profile", "jupyterlab", "--groups", "staff",
        "--override", "jupyterlab:idle_timeout=90m",
        "--override", "jupyterlab:personalize=true",
    ];

    [Fact]
    public void Coder_with_every_lifecycle_setting_config()
    {
        var result = CliRunner.Run(["dump-config", .. Coder]);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Empty(AppHubContract.Validate(result.Out));
        Snapshot.Match(result.Out, "dump-config.coder-lifecycle");
    }

    [Fact]
    public void Coder_with_every_lifecycle_setting_manifests() =>
        Snapshot.Match(DumpManifests.ValidOutput(Coder), "dump-manifests.coder-lifecycle");

    [Fact]
    public void JupyterLab_with_auto_off_config()
    {
        var result = CliRunner.Run(["dump-config", .. JupyterLab]);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Empty(AppHubContract.Validate(result.Out));
        Snapshot.Match(result.Out, "dump-config.jupyterlab-auto-off");
    }

    [Fact]
    public void JupyterLab_with_auto_off_manifests() =>
        Snapshot.Match(DumpManifests.ValidOutput(JupyterLab), "dump-manifests.jupyterlab-auto-off");
}
