namespace WorkspaceConfigurator.Profiles.Common;

/// <summary>
/// What the built-in families share: 1-2 CPUs and 4G-6G of memory, a persistent workspace volume mounted at the
/// home folder (sized by workspace_volume_size), and a home and XDG folders on that volume.
/// </summary>
public abstract class WorkspaceProfile : Profile
{
    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.CpuGuarantee, 1);
        settings.Set(CoreSettings.CpuLimit, 2);
        settings.Set(CoreSettings.MemGuarantee, Memory.GiB(4));
        settings.Set(CoreSettings.MemLimit, Memory.GiB(6));
        settings.Set(WorkspaceSettings.WorkspaceVolumeSize, Quantity.Parse("20Gi"));
        settings.Set(WorkspaceSettings.HomeClaimName, "workspace-claim");
    }

    protected override IEnumerable<VolumeSpec> Volumes(ProfileContext context) => [WorkspaceVolumes.Workspace(context)];

    protected override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) =>
        WorkspaceEnvironment.For(context.Home);
}
