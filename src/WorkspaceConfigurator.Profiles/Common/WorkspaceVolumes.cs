namespace WorkspaceConfigurator.Profiles.Common;

/// <summary>The volume every built-in family has, sized and classed from resolved settings.</summary>
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
}
