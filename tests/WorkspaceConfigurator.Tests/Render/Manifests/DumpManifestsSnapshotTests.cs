using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Render.Manifests;

/// <summary>
/// Pins dump-manifests byte for byte. A mismatch writes Snapshots/*.received.yaml and shows a diff; set
/// WSCONF_ACCEPT_SNAPSHOTS=1 to accept the new output.
/// </summary>
public sealed class DumpManifestsSnapshotTests
{
    [Theory]
    [MemberData(nameof(Profiles.BuiltinCatalogTests.Slugs), MemberType = typeof(Profiles.BuiltinCatalogTests))]
    public void Each_builtin_profile(string slug) =>
        Snapshot.Match(DumpManifests.ValidOutput("--profile", slug), $"dump-manifests.{slug}");

    [Theory]
    [MemberData(nameof(Profiles.BuiltinCatalogTests.Slugs), MemberType = typeof(Profiles.BuiltinCatalogTests))]
    public void Each_builtin_profile_with_the_eoepca_hub(string slug) =>
        Snapshot.Match(DumpManifests.ValidOutput("--hub", "eoepca", "--user", "alice", "--namespace", "jupyter-alice", "--profile", slug), $"dump-manifests.eoepca.{slug}");

    [Fact]
    public void Other_user_and_namespace_with_overrides() =>
        Snapshot.Match(
            DumpManifests.ValidOutput("--profile", "coder-gpu", "--user", "alice", "--namespace", "team-a",
                "--override", "coder-gpu:gpu_limit=2", "--override", "coder-gpu:workspace_volume_size=100Gi",
                "--override", "coder-gpu:env.OWNER={{ spawner.user.name }}"),
            "dump-manifests.coder-gpu-alice-team-a");
}
