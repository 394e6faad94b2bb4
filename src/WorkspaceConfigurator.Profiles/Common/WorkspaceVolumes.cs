using WorkspaceConfigurator.Profiles.Coder;
using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Settings;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Profiles.Common;

/// <summary>The volumes the built-in families share, sized and classed from resolved settings.</summary>
internal static class WorkspaceVolumes
{
    /// <summary>The user's home: survives stop and rebuild.</summary>
    public static VolumeSpec Workspace(ProfileContext context) => new(
        "workspace-volume",
        context.Get(WorkspaceSettings.HomeClaimName),
        context.Get(WorkspaceSettings.WorkspaceVolumeSize),
        context.Get(CoreSettings.StorageClassRwo),
        ValueList.Of(AccessMode.ReadWriteOnce),
        context.Home,
        Persist: true);

    /// <summary>Scratch space shared by CWL runs (Calrissian); deleted at stop.</summary>
    public static VolumeSpec Calrissian(ProfileContext context) => new(
        "calrissian-volume",
        "calrissian-claim",
        context.Get(CoderSettings.CalrissianVolumeSize),
        context.Get(CoreSettings.StorageClassRwx),
        ValueList.Of(AccessMode.ReadWriteMany),
        "/calrissian",
        Persist: false);
}
