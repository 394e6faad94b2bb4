using FluentAssertions;
using k8s.Models;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Render.KubernetesObjects;
using WorkspaceConfigurator.Render.Manifests;

namespace WorkspaceConfigurator.Tests.Render.Manifests;

/// <summary>
/// The checks on the objects a spawn creates (<see cref="ObjectConflicts"/>, <see cref="UserDerivedNames"/>): each
/// says one finding per object, with the profile as its subject and the object as its field.
/// </summary>
public sealed class ObjectChecksTests
{
    [Fact]
    public void Two_profiles_that_create_one_object_with_different_content_get_a_warning_naming_both()
    {
        var findings = ObjectConflicts.Find([Profile("coder", Map("settings", "1")), Profile("jupyterlab", Map("settings", "2"))]);

        findings.Select(f => f.ToLine()).Should().Equal(
            "warning: jupyterlab: ConfigMap jupyter-alice/settings: is created by profile 'coder' too, with different content; "
            + "whichever is spawned first creates it and the other gets that one (one name for each content)");
    }

    [Fact]
    public void One_profile_that_creates_one_object_twice_with_different_content_gets_a_warning()
    {
        var findings = ObjectConflicts.Find([Profile("coder", Map("settings", "1"), Map("settings", "2"))]);

        findings.Select(f => f.ToLine()).Should().Equal(
            "warning: coder: ConfigMap jupyter-alice/settings: is created twice with different content; only the first is created (one name for each content)");
    }

    [Fact]
    public void Identical_objects_and_objects_of_other_names_are_no_conflict()
    {
        ObjectConflicts.Find([Profile("coder", Map("settings", "1"), Map("other", "2")), Profile("jupyterlab", Map("settings", "1"))])
            .Should().BeEmpty();
    }

    [Fact]
    public void An_object_name_the_user_name_breaks_is_a_warning_naming_the_user_and_what_is_valid()
    {
        var findings = UserDerivedNames.Find([Profile("coder", Map("settings-Bob.Smith@example.org", "1"), Map("settings-bob", "1"))], "Bob.Smith@example.org");

        findings.Should().ContainSingle().Which.Should().Be(new Finding(Severity.Warning, "coder", "ConfigMap jupyter-alice/settings-Bob.Smith@example.org",
            "'settings-Bob.Smith@example.org' is not a valid object name for user 'Bob.Smith@example.org', so the hub fails to create it for this user",
            "a DNS-1123 subdomain: lower-case letters, digits, '-' and '.'; build the name from something the user name cannot break, or give such users another profile"));
    }

    [Fact]
    public void A_role_takes_any_path_segment_as_its_name_so_the_user_name_breaks_it_only_elsewhere()
    {
        var role = new ModelObject(new V1Role
        {
            ApiVersion = "rbac.authorization.k8s.io/v1",
            Kind = "Role",
            Metadata = new V1ObjectMeta { Name = "reader-Bob.Smith@example.org", NamespaceProperty = "jupyter-alice" },
        });

        UserDerivedNames.Find([Profile("coder", role)], "Bob.Smith@example.org").Should().BeEmpty();
    }

    private static SpawnObjects Profile(string slug, params KubernetesObject[] objects) => new(slug, slug, objects);

    private static ModelObject Map(string name, string value) => new(new V1ConfigMap
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "jupyter-alice" },
        Data = new Dictionary<string, string> { ["a"] = value },
    });
}
