using WorkspaceConfigurator.Build;

namespace WorkspaceConfigurator.Render.AppHub;

/// <summary>The hub's shape of each per-profile resource, in the contract's key order.</summary>
internal static class AppHubParts
{
    public static YamlNode ConfigMap(ConfigMapSpec c) => new YamlMappingBuilder()
        .Add("name", c.Name)
        .Add("key", c.Key)
        .Add("mount_path", YamlNode.StrOrNull(c.MountPath))
        .Add("default_mode", c.OctalMode)
        .Add("readonly", c.ReadOnly)
        .Add("content", YamlNode.StrOrNull(c.Content))
        .Add("persist", c.Persist)
        .Build();

    public static YamlNode Volume(VolumeSpec v) => new YamlMappingBuilder()
        .Add("name", v.Name)
        .Add("claim_name", v.ClaimName)
        .Add("size", v.Size.Text)
        .Add("storage_class", v.StorageClass)
        .Add("access_modes", YamlNode.Strings(SpecNames.AccessModes(v.AccessModes)))
        .Add("volume_mount", new YamlMappingBuilder().Add("name", v.Name).Add("mount_path", v.MountPath).Build())
        .Add("persist", v.Persist)
        .AddIfNotNull("annotations", YamlNode.MapOrNull(v.Annotations, YamlNode.Str))
        .Build();

    public static YamlNode RoleBinding(RoleBindingSpec r) => new YamlMappingBuilder()
        .Add("name", r.Name)
        .Add("subjects", YamlNode.Seq(r.Subjects, Subject))
        .Add("role", new YamlMappingBuilder()
            .Add("name", r.Role.Name)
            .Add("resources", YamlNode.Strings(r.Role.Resources))
            .Add("verbs", YamlNode.Strings(SpecNames.Verbs(r.Role.Verbs)))
            .Add("api_groups", YamlNode.Strings(r.Role.ApiGroups))
            .Build())
        .Add("persist", r.Persist)
        .Build();

    public static YamlNode ImagePullSecret(ImagePullSecretSpec s) => new YamlMappingBuilder()
        .Add("name", s.Name)
        .Add("persist", s.Persist)
        .Add("data", YamlNode.StrOrNull(s.Data))
        .Build();

    public static YamlNode InitContainer(InitContainerSpec c) => new YamlMappingBuilder()
        .Add("name", c.Name)
        .Add("image", c.Image)
        .Add("command", YamlNode.Strings(c.Command))
        .Add("volume_mounts", YamlNode.Seq(c.VolumeMounts, Mount))
        .Build();

    public static YamlNode Manifest(ManifestSpec m) => new YamlMappingBuilder()
        .Add("name", m.Name)
        .Add("key", m.Key)
        .Add("content", YamlNode.Seq(m.Content))
        .Add("persist", m.Persist)
        .Build();

    public static YamlNode SecretMount(SecretMountSpec s) => new YamlMappingBuilder()
        .Add("name", s.Name)
        .Add("mount_path", s.MountPath)
        .AddIfNotNull("sub_path", s.SubPath)
        .Build();

    private static YamlNode Mount(VolumeMountSpec m) => new YamlMappingBuilder()
        .Add("name", m.Name)
        .Add("mount_path", m.MountPath)
        .AddIfNotNull("sub_path", m.SubPath)
        .Build();

    private static YamlNode Subject(SubjectSpec s) => new YamlMappingBuilder().Add("name", s.Name).Add("kind", SpecNames.Kind(s.Kind)).Build();
}
