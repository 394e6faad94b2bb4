using WorkspaceConfigurator.Settings;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Profiles.Common;

/// <summary>
/// What the built-in families share: 1-2 CPUs and 4G-6G of memory, a persistent workspace volume mounted at the
/// home folder (sized by workspace_volume_size), and a home and XDG folders on that volume.
/// </summary>
public abstract class WorkspaceProfile : Profile
{
    public override int? CpuGuarantee => 1;

    public override int CpuLimit => 2;

    public override Memory? MemGuarantee => Memory.GiB(4);

    public override Memory MemLimit => Memory.GiB(6);

    public virtual Quantity WorkspaceVolumeSize => Quantity.Parse("20Gi");

    /// <summary>The default of home_claim_name: the claim that holds every user's home.</summary>
    public virtual string HomeClaimName => "workspace-claim";

    protected override IEnumerable<SettingDeclaration> DeclareSettings() =>
    [
        Declare(CoreSettings.WorkspaceVolumeSize, WorkspaceVolumeSize),
        Declare(CoreSettings.HomeClaimName, HomeClaimName),
    ];

    protected override IEnumerable<VolumeSpec> Volumes(ProfileContext context) => [WorkspaceVolumes.Workspace(context)];

    protected override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) =>
        WorkspaceEnvironment.For(context.Home);
}
