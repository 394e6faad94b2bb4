using WorkspaceConfigurator.Profiles.Common;
using WorkspaceConfigurator.Settings;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Profiles.JupyterLab;

/// <summary>The JupyterLab family: JupyterLab's own landing page, one workspace volume.</summary>
public abstract class JupyterLabProfile : Profile
{
    public sealed override string Family => "JupyterLab";

    public override string Image => "ghcr.io/eoepca/iat-jupyterlab:latest-dev";

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
        WorkspaceEnvironment.Home(context.Home).Concat(WorkspaceEnvironment.XdgAndCwl(context.Home));
}
