using WorkspaceConfigurator.Profiles.Common;
using WorkspaceConfigurator.Settings;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Profiles.RemoteDesktop;

/// <summary>The remote Linux desktop family (noVNC in the browser), with conda environments on the workspace volume.</summary>
public abstract class RemoteDesktopProfile : Profile
{
    public sealed override string Family => "RemoteDesktop";

    public override string Image => "ghcr.io/eoepca/iga-remote-desktop:1.2.0";

    public override string? DefaultUrl => "/desktop";

    public override int? CpuGuarantee => 1;

    public override int CpuLimit => 2;

    public override Memory? MemGuarantee => Memory.GiB(4);

    public override Memory MemLimit => Memory.GiB(6);

    public virtual Quantity WorkspaceVolumeSize => Quantity.Parse("20Gi");

    protected override IEnumerable<SettingDeclaration> DeclareSettings() =>
    [
        Declare(CoreSettings.WorkspaceVolumeSize, WorkspaceVolumeSize),
    ];

    protected override IEnumerable<VolumeSpec> Volumes(ProfileContext context) => [WorkspaceVolumes.Workspace(context)];

    protected override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) =>
        WorkspaceEnvironment.Home(context.Home)
            .Concat(
            [
                new("CONDA_ENVS_PATH", $"{context.Home}/.envs"),
                new("CONDARC", $"{context.Home}/.condarc"),
            ])
            .Concat(WorkspaceEnvironment.XdgAndCwl(context.Home));
}
