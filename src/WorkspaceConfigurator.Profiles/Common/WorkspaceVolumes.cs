using WorkspaceConfigurator.Profiles.Coder;

namespace WorkspaceConfigurator.Profiles.Common;

/// <summary>The volumes the built-in families share, sized and classed from resolved settings.</summary>
internal static class WorkspaceVolumes
{
    /// <summary>The user's home: survives stop and rebuild.</summary>
    public static VolumeSpec Workspace(ProfileContext context) => new()
    {
        Name = "workspace-volume",
        ClaimName = context.Get(WorkspaceSettings.HomeClaimName),
        Size = context.Get(WorkspaceSettings.WorkspaceVolumeSize),
        StorageClass = context.Get(CoreSettings.StorageClassRwo),
        AccessModes = ValueList.Of(AccessMode.ReadWriteOnce),
        MountPath = context.Home,
        Persist = true,
    };

    /// <summary>Scratch space shared by CWL runs (Calrissian); deleted at stop.</summary>
    public static VolumeSpec Calrissian(ProfileContext context) => new()
    {
        Name = "calrissian-volume",
        ClaimName = "calrissian-claim",
        Size = context.Get(CoderSettings.CalrissianVolumeSize),
        StorageClass = context.Get(CoreSettings.StorageClassRwx),
        AccessModes = ValueList.Of(AccessMode.ReadWriteMany),
        MountPath = "/calrissian",
        Persist = false,
    };
}
