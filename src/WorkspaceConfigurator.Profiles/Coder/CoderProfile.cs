using WorkspaceConfigurator.Profiles.Common;

namespace WorkspaceConfigurator.Profiles.Coder;

/// <summary>
/// The Code Server family: a workspace volume, a Calrissian scratch volume for CWL runs, and role bindings that
/// let CWL runners inside the workspace start pods and jobs.
/// </summary>
public abstract class CoderProfile : WorkspaceProfile
{
    public sealed override string Family => "Coder";

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.Image, "ghcr.io/eoepca/pde-code-server:latest-dev");
        settings.Set(WorkspaceSettings.WorkspaceVolumeSize, Quantity.Parse("10Gi"));
        settings.Set(CoderSettings.CalrissianVolumeSize, Quantity.Parse("25Gi"));
    }

    public override string? BashLoginPath => "coder/config_maps/family/bash-login";

    // The CWL scratch volume comes first, as in the reference configuration.
    protected override IEnumerable<VolumeSpec> Volumes(ProfileContext context)
    {
        var workspace = base.Volumes(context);
        var volumes = new List<VolumeSpec> { Calrissian(context) };
        volumes.AddRange(workspace);
        return volumes;
    }

    /// <summary>Scratch space shared by CWL runs (Calrissian); deleted at stop.</summary>
    private static VolumeSpec Calrissian(ProfileContext context) => new()
    {
        Name = "calrissian-volume",
        ClaimName = "calrissian-claim",
        Size = context.Get(CoderSettings.CalrissianVolumeSize),
        StorageClass = context.Get(CoreSettings.StorageClassRwx),
        AccessModes = ValueList.Of(AccessMode.ReadWriteMany),
        MountPath = "/calrissian",
        Persist = false,
    };

    protected override IEnumerable<RoleBindingSpec> RoleBindings(ProfileContext context)
    {
        var slug = context.Slug;
        return
        [
            Binding($"log-reader-role-binding-{slug}", $"log-reader-role-{slug}", "", ["pods", "pods/log"], [RoleVerb.Get, RoleVerb.List, RoleVerb.Watch]),
            Binding($"pod-manager-role-binding-{slug}", $"pod-manager-role-{slug}", "", ["pods"],
                [RoleVerb.Create, RoleVerb.Patch, RoleVerb.Delete, RoleVerb.List, RoleVerb.Watch, RoleVerb.Get]),
            Binding($"pod-exec-role-binding-{slug}", $"pod-exec-role-{slug}", "", ["pods/exec"], [RoleVerb.Create]),
            Binding($"job-submitter-role-binding-{slug}", $"job-submitter-role-{slug}", "batch", ["jobs"],
                [RoleVerb.Create, RoleVerb.Delete, RoleVerb.List, RoleVerb.Watch, RoleVerb.Get]),
        ];
    }

    // Granted to the pod's default service account, which the CWL runner uses.
    private static RoleBindingSpec Binding(string name, string role, string apiGroup, string[] resources, RoleVerb[] verbs) => new()
    {
        Name = name,
        Subjects = ValueList.Of(new SubjectSpec { Name = "default", Kind = SubjectKind.ServiceAccount }),
        Role = new RoleSpec
        {
            Name = role,
            ApiGroups = ValueList.Of(apiGroup),
            Resources = resources.ToValueList(),
            Verbs = verbs.ToValueList(),
        },
        Persist = false,
    };
}
