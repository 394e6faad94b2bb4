using FluentAssertions;
using Newtonsoft.Json.Linq;
using WorkspaceConfigurator.Tests.Render.Manifests;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Cli;

/// <summary>
/// <c>--existing</c>, end to end: the objects are read (Layers/ExistingObjects), the preview follows the hub's rule
/// (create only what is absent, keep what exists as it is: Render/Manifests/SpawnActions), and validate warns where a
/// kept claim or config map is not what the profile asks for (Check/KeptObjectChecks). Every run goes through the CLI
/// with real files; every preview is checked against the strict Kubernetes schema.
/// </summary>
public sealed class ExistingOptionTests
{
    private const string Action = "wsconf.io/spawn-action";

    // What `kubectl get pvc -n jupyter-alice -o yaml` writes after a user ran `coder` (10Gi home): a List, with the
    // fields the API server sets (uid, resourceVersion, managedFields, status).
    private const string KubectlClaims = """
        apiVersion: v1
        items:
        - apiVersion: v1
          kind: PersistentVolumeClaim
          metadata:
            annotations:
              pv.kubernetes.io/bind-completed: "yes"
              volume.kubernetes.io/storage-provisioner: rancher.io/local-path
            creationTimestamp: "2025-03-01T10:00:00Z"
            finalizers:
            - kubernetes.io/pvc-protection
            managedFields:
            - apiVersion: v1
              fieldsType: FieldsV1
              manager: kube-controller-manager
              operation: Update
              time: "2025-03-01T10:00:01Z"
            name: workspace-claim
            namespace: jupyter-alice
            resourceVersion: "48213"
            uid: 0b5a3c4e-9d1f-4c55-8c1e-6a7f2d3e4b5c
          spec:
            accessModes:
            - ReadWriteOnce
            resources:
              requests:
                storage: 10Gi
            storageClassName: standard
            volumeMode: Filesystem
            volumeName: pvc-0b5a3c4e-9d1f-4c55-8c1e-6a7f2d3e4b5c
          status:
            accessModes:
            - ReadWriteOnce
            capacity:
              storage: 10Gi
            phase: Bound
        kind: List
        metadata:
          resourceVersion: ""
        """;

    [Fact]
    public void A_claim_kept_with_another_size_is_shown_as_it_exists()
    {
        using var temp = new TempFolder();
        var existing = temp.Write("existing.yaml", KubectlClaims);

        var (documents, error) = Preview("--profile", "coder-gpu", "--user", "alice", "--existing", existing);

        var claim = Single(documents, "PersistentVolumeClaim", "workspace-claim");
        claim["metadata"]!["annotations"]![Action]!.ToString().Should().Be("keep");
        claim["spec"]!["resources"]!["requests"]!["storage"]!.ToString().Should().Be("10Gi", "the claim the pod gets is the one that exists");
        claim["spec"]!["volumeName"]!.ToString().Should().StartWith("pvc-0b5a3c4e");
        claim["metadata"]!["annotations"]!["pv.kubernetes.io/bind-completed"]!.ToString().Should().Be("yes");
        claim["metadata"]!["namespace"]!.ToString().Should().Be("jupyter-alice");
        claim["status"].Should().BeNull("the server's status is no content of the object");
        ((JObject)claim["metadata"]!).Properties().Select(p => p.Name).Should().NotContain(["uid", "resourceVersion", "managedFields", "creationTimestamp"]);

        Single(documents, "PersistentVolumeClaim", "calrissian-claim")["spec"]!["resources"]!["requests"]!["storage"]!.ToString().Should().Be("50Gi");
        // An object in the namespace says the namespace exists: the Namespace is kept too.
        Single(documents, "Namespace", "jupyter-alice")["metadata"]!["annotations"]![Action]!.ToString().Should().Be("keep");
        documents.Where(d => d != claim && (string?)d["kind"] != "Namespace").Should().OnlyContain(d => (string?)d["metadata"]!["annotations"]![Action] == "create");
        Single(documents, "Pod", "jupyter-alice")["metadata"]!["annotations"]![Action]!.ToString().Should().Be("create");
        error.Should().Contain("note: jupyter-alice: keeping 2 existing objects (Namespace jupyter-alice, PersistentVolumeClaim workspace-claim); creating 13\n");
    }

    [Fact]
    public void Validate_warns_that_coder_gpu_asks_for_20Gi_of_a_kept_10Gi_claim()
    {
        using var temp = new TempFolder();
        var existing = temp.Write("existing.yaml", KubectlClaims);
        var hub = TolerationsHub(temp);

        var result = CliRunner.Run("validate", "--profile", "coder-gpu", "--groups", "staff", "--hub", hub, "--existing", existing);

        result.ExitCode.Should().Be(0, result.Out + result.Error);
        result.Out.Should().Be(
            "warning: coder-gpu: volumes.workspace-claim: the existing claim workspace-claim has 10Gi; the profile asks for 20Gi, which the hub will not apply "
            + "(resize the claim, or set workspace_volume_size to 10Gi)\n"
            + "1 profile(s) checked: 0 error(s), 1 warning(s)\n");
        CliRunner.Run("validate", "--profile", "coder-gpu", "--groups", "staff", "--hub", hub, "--existing", existing, "--strict").ExitCode.Should().Be(1);
        CliRunner.Run("validate", "--profile", "coder-gpu", "--groups", "staff", "--hub", hub).Out.Should().Be("1 profile(s) checked: 0 error(s), 0 warning(s)\n");

        // The profile asking for what exists is no warning: the value is compared, not the spelling.
        CliRunner.Run("validate", "--profile", "coder-gpu", "--groups", "staff", "--hub", hub, "--existing", existing, "--override", "coder-gpu:workspace_volume_size=10240Mi")
            .Out.Should().Be("1 profile(s) checked: 0 error(s), 0 warning(s)\n");
    }

    [Fact]
    public void Validate_names_the_storage_class_access_modes_and_a_claim_that_cannot_shrink()
    {
        using var temp = new TempFolder();
        var existing = temp.Write("existing.yaml", Claim("workspace-claim", "30Gi", "fast-ssd", "ReadWriteMany"));

        var result = CliRunner.Run("validate", "--profile", "coder-gpu", "--groups", "staff", "--storage-class-rwx", "shared", "--hub", TolerationsHub(temp), "--existing", existing);

        result.Out.Split('\n').Should().Equal(
            "warning: coder-gpu: volumes.workspace-claim: the existing claim workspace-claim has 30Gi; the profile asks for 20Gi, which the hub will not apply "
            + "(a claim cannot shrink: users keep 30Gi; set workspace_volume_size to 30Gi)",
            "warning: coder-gpu: volumes.workspace-claim: the existing claim workspace-claim has storage class fast-ssd; the profile asks for standard, which the hub "
            + "will not apply (a claim keeps its storage class: move the data to a new claim, or set storage_class_rwo to fast-ssd)",
            "warning: coder-gpu: volumes.workspace-claim: the existing claim workspace-claim has access modes ReadWriteMany; the profile asks for ReadWriteOnce, "
            + "which the hub will not apply (a claim keeps its access modes: move the data to a new claim, or give the volume access_modes ReadWriteMany)",
            "1 profile(s) checked: 0 error(s), 3 warning(s)",
            "");
    }

    [Fact]
    public void A_kept_claim_whose_size_is_no_quantity_is_named()
    {
        using var temp = new TempFolder();
        var existing = temp.Write("existing.yaml", Claim("workspace-claim", "lots", "standard", "ReadWriteOnce"));

        var result = CliRunner.Run("validate", "--profile", "coder-gpu", "--groups", "staff", "--hub", TolerationsHub(temp), "--existing", existing);

        result.Out.Should().Contain("warning: coder-gpu: volumes.workspace-claim: the existing claim workspace-claim has the storage request 'lots', "
            + "which is not a quantity the API server accepts (the objects as the cluster has them (kubectl get pvc -o yaml))\n");
    }

    [Fact]
    public void A_kept_config_map_is_shown_with_its_content_and_validate_says_users_keep_it()
    {
        using var temp = new TempFolder();
        var existing = temp.Write("existing.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: bash-rc-coder-gpu
              namespace: jupyter-alice
            data:
              bash-rc: |
                export PS1='old> '
            """);

        var (documents, error) = Preview("--profile", "coder-gpu", "--user", "alice", "--existing", existing);
        var map = Single(documents, "ConfigMap", "bash-rc-coder-gpu");
        map["metadata"]!["annotations"]![Action]!.ToString().Should().Be("keep");
        map["data"]!["bash-rc"]!.ToString().Should().Be("export PS1='old> '");
        Single(documents, "ConfigMap", "bash-login-coder-gpu")["metadata"]!["annotations"]![Action]!.ToString().Should().Be("create");
        error.Should().Contain("note: jupyter-alice: keeping 2 existing objects (Namespace jupyter-alice, ConfigMap bash-rc-coder-gpu); creating 13\n");

        var validate = CliRunner.Run("validate", "--profile", "coder-gpu", "--groups", "staff", "--hub", TolerationsHub(temp), "--existing", existing);
        validate.Out.Should().StartWith(
            "warning: coder-gpu: config_maps.bash-rc-coder-gpu: the existing config map bash-rc-coder-gpu holds other content under bash-rc; "
            + "the profile's content is not applied: users keep the old content (the config map is deleted when the workspace stops (persist: false), "
            + "and the next spawn creates it with the profile's content)\n");
    }

    [Fact]
    public void An_earlier_dump_of_the_same_profile_keeps_everything_and_validate_has_nothing_to_say()
    {
        using var temp = new TempFolder();
        var dump = CliRunner.Run("dump-manifests", "--profile", "coder-gpu", "--user", "alice", "-o", temp.File("dump.yaml"));
        dump.ExitCode.Should().Be(0, dump.Error);

        var (documents, error) = Preview("--profile", "coder-gpu", "--user", "alice", "--existing", temp.File("dump.yaml"));
        documents.Where(d => (string?)d["kind"] != "Pod").Should().OnlyContain(d => (string?)d["metadata"]!["annotations"]![Action] == "keep");
        error.Should().Contain("note: jupyter-alice: keeping 14 existing objects (Namespace jupyter-alice, ConfigMap bash-login-coder-gpu, ").And.Contain("); creating 1\n");

        CliRunner.Run("validate", "--profile", "coder-gpu", "--groups", "staff", "--hub", TolerationsHub(temp), "--existing", temp.File("dump.yaml"))
            .Out.Should().Be("1 profile(s) checked: 0 error(s), 0 warning(s)\n", "an object equal to what the profile asks is no difference");
    }

    [Fact]
    public void An_earlier_dump_manifests_stream_and_folder_are_read_as_existing_objects()
    {
        using var temp = new TempFolder();
        CliRunner.Run("dump-manifests", "--profile", "coder", "--user", "alice", "-o", temp.File("coder.yaml")).ExitCode.Should().Be(0);
        CliRunner.Run("dump-manifests", "--profile", "coder", "--user", "alice", "--output-dir", temp.File("coder-dir")).ExitCode.Should().Be(0);

        foreach (var existing in new[] { temp.File("coder.yaml"), temp.File("coder-dir") })
        {
            var (documents, error) = Preview("--profile", "coder-gpu", "--user", "alice", "--existing", existing);
            Single(documents, "PersistentVolumeClaim", "workspace-claim")["spec"]!["resources"]!["requests"]!["storage"]!.ToString().Should().Be("10Gi", existing);
            Single(documents, "PersistentVolumeClaim", "calrissian-claim")["spec"]!["resources"]!["requests"]!["storage"]!.ToString().Should().Be("25Gi", existing);
            error.Should().Contain("note: jupyter-alice: keeping 3 existing objects (Namespace jupyter-alice, PersistentVolumeClaim calrissian-claim, PersistentVolumeClaim workspace-claim); creating 12\n", existing);
            error.Should().NotContain("warning: --existing", existing);
        }

        // A preview made with --existing reads back too: its annotation is set anew, not repeated.
        var annotated = CliRunner.Run("dump-manifests", "--profile", "coder-gpu", "--user", "alice", "--existing", temp.File("coder.yaml"), "-o", temp.File("annotated.yaml"));
        annotated.ExitCode.Should().Be(0, annotated.Error);
        var again = Preview("--profile", "coder-gpu", "--user", "alice", "--existing", temp.File("annotated.yaml"));
        JToken.DeepEquals(Single(again.Documents, "ConfigMap", "init-coder-gpu")["metadata"]!["annotations"], new JObject { [Action] = "keep" }).Should().BeTrue();
    }

    [Fact]
    public void A_folder_is_read_recursively_in_path_order_skipping_other_and_hidden_files()
    {
        using var temp = new TempFolder();
        var dir = temp.File("namespace");

        // Written in reverse order, so that the file system's order is not the path order by chance.
        temp.Write("namespace/b/later.yml", Claim("workspace-claim", "30Gi", "standard", "ReadWriteOnce"));
        temp.Write("namespace/a.yaml", Claim("workspace-claim", "10Gi", "standard", "ReadWriteOnce"));
        temp.Write("namespace/maps/config.YAML", """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: init-coder-gpu}
            data: {init: "echo old\n"}
            """);
        temp.Write("namespace/notes.txt", "not: [yaml");
        temp.Write("namespace/.wsconf-1-ab.tmp/coder/broken.yaml", "not: [yaml");
        temp.Write("namespace/.hidden.yaml", "not: [yaml");

        var (documents, error) = Preview("--profile", "coder-gpu", "--user", "alice", "--existing", dir);

        Single(documents, "PersistentVolumeClaim", "workspace-claim")["spec"]!["resources"]!["requests"]!["storage"]!.ToString().Should().Be("10Gi");
        Single(documents, "ConfigMap", "init-coder-gpu")["metadata"]!["namespace"]!.ToString().Should().Be("jupyter-alice", "an object without a namespace is in the user's");
        error.Split('\n').Where(l => l.Contains(" is given again ", StringComparison.Ordinal)).Should().Equal(
            [$"warning: {dir}/b/later.yml:1:1: PersistentVolumeClaim jupyter-alice/workspace-claim is given again with other content; the first, at {dir}/a.yaml:1, is used"],
            "the warning is printed once");
        error.Should().Contain("note: jupyter-alice: keeping 3 existing objects (Namespace jupyter-alice, ConfigMap init-coder-gpu, PersistentVolumeClaim workspace-claim); creating 12\n");
    }

    [Fact]
    public void A_cluster_scoped_object_is_matched_by_kind_and_name_alone()
    {
        // The preview's Namespace object follows this rule too: a cluster-scoped Crossplane Release stands in for it here.
        using var temp = new TempFolder();
        var existing = temp.Write("existing.yaml", """
            apiVersion: helm.crossplane.io/v1beta1
            kind: Release
            metadata:
              name: dask-gw-jupyter-alice
              namespace: wherever
            spec:
              forProvider:
                chart: {name: dask-gateway, repository: "https://helm.dask.org/", version: "2023.9.0"}
                namespace: jupyter-alice
            ---
            apiVersion: helm.crossplane.io/v1
            kind: Release
            metadata:
              name: dask-gw-jupyter-bob
            spec:
              forProvider:
                chart: {name: dask-gateway, repository: "https://helm.dask.org/", version: "2023.9.0"}
                namespace: jupyter-bob
            """);

        var (documents, error) = Preview("--profile", "coder-dask-gateway", "--user", "alice", "--existing", existing);
        var release = Single(documents, "Release", "dask-gw-jupyter-alice");
        release["metadata"]!["annotations"]![Action]!.ToString().Should().Be("keep");
        release["spec"]!["forProvider"]!["chart"]!["version"]!.ToString().Should().Be("2023.9.0");
        error.Should().Contain("note: jupyter-alice: keeping 1 existing object (Release dask-gw-jupyter-alice); creating ");

        // Another user's release is another object: created.
        var (forBob, bobError) = Preview("--profile", "coder-dask-gateway", "--user", "carol", "--existing", existing);
        Single(forBob, "Release", "dask-gw-jupyter-carol")["metadata"]!["annotations"]![Action]!.ToString().Should().Be("create");
        bobError.Should().Contain("note: jupyter-carol: keeping no existing object; creating ");
    }

    // The user's Namespace comes first, and the hub creates it only when it is absent. Each hub settings name it by
    // their own template: for a user named by a number (as some identity providers do), the kubespawner preset's safe
    // slug, which must start with a letter, hashes the name, while the eoepca preset takes the raw name. The preview
    // looks for the name its hub settings give, and the other hub's name is no match.
    [Theory]
    [InlineData("kubespawner", "jupyter-x-10042---ac7e951a")]
    [InlineData("eoepca", "jupyter-10042")]
    public void The_users_namespace_that_exists_is_kept_as_it_is(string hub, string @namespace)
    {
        using var temp = new TempFolder();
        var claim = Claim("workspace-claim", "10Gi", "standard", "ReadWriteOnce").Replace("namespace: jupyter-alice", $"namespace: {@namespace}", StringComparison.Ordinal);
        var existing = temp.Write("existing.yaml", KubectlNamespace(@namespace) + "---\n" + claim);

        var (documents, error) = Preview(["--profile", "jupyterlab", "--user", "10042", "--hub", hub, "--existing", existing, .. NamespaceFor(hub, @namespace)]);

        var ns = documents[0];
        ns["kind"]!.ToString().Should().Be("Namespace");
        ns["metadata"]!["name"]!.ToString().Should().Be(@namespace);
        ns["metadata"]!["annotations"]![Action]!.ToString().Should().Be("keep");
        JToken.DeepEquals(ns["metadata"]!["labels"], new JObject { ["kubernetes.io/metadata.name"] = @namespace })
            .Should().BeTrue("a kept namespace is shown as it exists: the hub adds none of its labels to it");
        ns["status"].Should().BeNull();
        Single(documents, "PersistentVolumeClaim", "workspace-claim")["metadata"]!["annotations"]![Action]!.ToString().Should().Be("keep");
        documents.Single(d => (string?)d["kind"] == "Pod")["metadata"]!["annotations"]![Action]!.ToString().Should().Be("create");
        error.Should().Contain($"note: {@namespace}: keeping 2 existing objects (Namespace {@namespace}, PersistentVolumeClaim workspace-claim); creating 1\n")
            .And.NotContain("warning: --existing");
    }

    [Theory]
    [InlineData("kubespawner", "jupyter-x-10042---ac7e951a", "jupyter-10042", null)]
    [InlineData("eoepca", "jupyter-10042", "jupyter-x-10042---ac7e951a", "enabled")]
    public void The_users_namespace_that_is_absent_is_created_with_the_hubs_labels(string hub, string @namespace, string otherHubs, string? esoLabel)
    {
        using var temp = new TempFolder();
        var existing = temp.Write("existing.yaml", KubectlNamespace(otherHubs));

        var (documents, error) = Preview(["--profile", "jupyterlab", "--user", "10042", "--hub", hub, "--existing", existing, .. NamespaceFor(hub, @namespace)]);

        var ns = documents[0];
        ns["kind"]!.ToString().Should().Be("Namespace");
        ns["metadata"]!["name"]!.ToString().Should().Be(@namespace);
        ns["metadata"]!["annotations"]![Action]!.ToString().Should().Be("create");
        ((string?)ns["metadata"]!["labels"]?["eso"]).Should().Be(esoLabel, "a namespace the hub creates carries the hub settings' labels");
        documents.Where(d => (string?)d["kind"] == "Namespace").Should().ContainSingle("the other hub's namespace is not this user's");
        documents.Should().OnlyContain(d => (string?)d["metadata"]!["annotations"]![Action] == "create");
        error.Should().Contain($"note: {@namespace}: keeping no existing object; creating 3\n");
    }

    // The eoepca preset's hook creates the objects in jupyter-10042, but KubeSpawner puts the pod in its slug's
    // namespace: without --namespace the preview refuses (see below), so the eoepca rows name theirs.
    private static string[] NamespaceFor(string hub, string @namespace) => hub == "eoepca" ? ["--namespace", @namespace] : [];

    [Fact]
    public void A_hub_whose_namespace_is_not_the_pods_is_refused_without_a_namespace()
    {
        CliRunner.Run("dump-manifests", "--hub", "eoepca", "--user", "10042", "--profile", "jupyterlab").ShouldFailWith(
            1,
            "KubeSpawner puts the pod in namespace 'jupyter-x-10042---ac7e951a'",
            "'jupyter-10042'");
    }

    // validate has no --user: it reads the user back from the namespace the objects are in, by the hub settings'
    // namespace template. A config map whose content names the user shows whom it read.
    [Fact]
    public void Validate_reads_the_user_from_the_namespace_by_the_hub_settings_template()
    {
        using var temp = new TempFolder();
        var site = temp.Write("site.yaml", """
            profiles:
              motd:
                extends: coder
                display_name: Message of the day
                groups: [staff]
                config_maps:
                  motd: {key: motd, mount_path: /etc/motd, content: "Hello {{ spawner.user.name }}\n\n", readonly: true}
            """);
        var hub = temp.Write("hub.yaml", "hub_namespace: apphub\n");
        var dump = CliRunner.Run("-f", site, "dump-manifests", "--profile", "motd", "--user", "alice", "--hub", hub, "-o", temp.File("apphub-alice.yaml"));
        dump.ExitCode.Should().Be(0, dump.Error);
        File.ReadAllText(temp.File("apphub-alice.yaml")).Should().Contain("namespace: apphub-alice\n").And.Contain("Hello alice\n");

        CliRunner.Run("-f", site, "validate", "--profile", "motd", "--hub", hub, "--existing", temp.File("apphub-alice.yaml"))
            .Out.Should().Be("1 profile(s) checked: 0 error(s), 0 warning(s)\n", "apphub-alice is alice's namespace under {hubnamespace}-{username} with hub_namespace apphub");

        // Under KubeSpawner's defaults (jupyter-<user>) the namespace is no user's: the default user's content differs.
        CliRunner.Run("-f", site, "validate", "--profile", "motd", "--existing", temp.File("apphub-alice.yaml"))
            .Out.Should().Contain("warning: motd: config_maps.motd: the existing config map motd holds other content under motd; ");

        // The eoepca preset's template takes the raw user name.
        CliRunner.Run("-f", site, "dump-manifests", "--profile", "motd", "--user", "alice", "--hub", "eoepca", "-o", temp.File("jupyter-alice.yaml")).ExitCode.Should().Be(0);
        CliRunner.Run("-f", site, "validate", "--profile", "motd", "--hub", "eoepca", "--existing", temp.File("jupyter-alice.yaml"))
            .Out.Should().Be("1 profile(s) checked: 0 error(s), 0 warning(s)\n");
    }

    [Fact]
    public void The_pod_is_always_created()
    {
        using var temp = new TempFolder();
        var existing = temp.Write("existing.yaml", """
            apiVersion: v1
            kind: Pod
            metadata: {name: jupyter-alice, namespace: jupyter-alice}
            spec:
              containers:
              - {name: notebook, image: "example.org/old:1"}
            """);

        var (documents, error) = Preview("--profile", "coder", "--user", "alice", "--existing", existing);
        var pod = Single(documents, "Pod", "jupyter-alice");
        pod["metadata"]!["annotations"]![Action]!.ToString().Should().Be("create");
        pod["spec"]!["containers"]![0]!["image"]!.ToString().Should().NotBe("example.org/old:1");
        error.Should().Contain("note: jupyter-alice: keeping 1 existing object (Namespace jupyter-alice); creating 14\n");
    }

    [Fact]
    public void Objects_of_another_namespace_are_not_used_and_a_warning_says_so()
    {
        using var temp = new TempFolder();
        var existing = temp.Write("existing.yaml", KubectlClaims);

        var (documents, error) = Preview("--profile", "coder-gpu", "--existing", existing);
        Single(documents, "PersistentVolumeClaim", "workspace-claim")["spec"]!["resources"]!["requests"]!["storage"]!.ToString().Should().Be("20Gi");
        error.Should().Contain("warning: --existing: no object is in namespace jupyter-jovyan, they are in jupyter-alice (give the --user or --namespace whose objects they are)\n")
            .And.Contain("note: jupyter-jovyan: keeping no existing object; creating 15\n");
    }

    [Fact]
    public void Several_profiles_get_a_note_each_naming_the_profile()
    {
        using var temp = new TempFolder();
        var existing = temp.Write("existing.yaml", KubectlClaims);

        var (_, error) = Preview("--profile", "coder,jupyterlab", "--user", "alice", "--existing", existing);
        error.Split('\n').Where(l => l.StartsWith("note:", StringComparison.Ordinal)).Should().Equal(
            "note: jupyter-alice: for coder, keeping 2 existing objects (Namespace jupyter-alice, PersistentVolumeClaim workspace-claim); creating 13",
            "note: jupyter-alice: for jupyterlab, keeping 2 existing objects (Namespace jupyter-alice, PersistentVolumeClaim workspace-claim); creating 1");
    }

    [Fact]
    public void Without_existing_nothing_is_annotated_and_the_environment_variable_is_read()
    {
        using var temp = new TempFolder();
        var existing = temp.Write("existing.yaml", KubectlClaims);
        var plain = CliRunner.Run("dump-manifests", "--profile", "coder-gpu", "--user", "alice");
        plain.Out.Should().NotContain(Action);
        plain.Error.Should().NotContain("note:");

        var env = new Dictionary<string, string> { ["WSCONF_EXISTING"] = existing };
        var fromEnv = CliRunner.Run(env, "dump-manifests", "--profile", "coder-gpu", "--user", "alice");
        fromEnv.ExitCode.Should().Be(0, fromEnv.Error);
        fromEnv.Out.Should().Contain($"{Action}: keep").And.Contain("storage: 10Gi");

        // The option wins over the variable, which here names a file that does not exist.
        var missing = new Dictionary<string, string> { ["WSCONF_EXISTING"] = temp.File("missing.yaml") };
        CliRunner.Run(missing, "dump-manifests", "--profile", "coder-gpu", "--user", "alice", "--existing", existing).ExitCode.Should().Be(0);
        CliRunner.Run(missing, "validate", "--profile", "coder-gpu").ShouldFailWith(2, $"{temp.File("missing.yaml")}:1:1: cannot read the file: no such file");
    }

    [Fact]
    public void The_kustomize_folders_carry_the_annotation()
    {
        using var temp = new TempFolder();
        var existing = temp.Write("existing.yaml", KubectlClaims);
        var result = CliRunner.Run("dump-manifests", "--profile", "coder-gpu", "--user", "alice", "--existing", existing, "--output-dir", temp.File("out"));
        result.ExitCode.Should().Be(0, result.Error);

        var claim = File.ReadAllText(Path.Combine(temp.File("out"), "coder-gpu", "persistentvolumeclaim-workspace-claim.yaml"));
        claim.Should().Contain($"    {Action}: keep\n").And.Contain("storage: 10Gi");
        KubernetesValidator.ValidateYaml(claim).Should().BeEmpty();
    }

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "not YAML", "apiVersion: v1\nkind: [unclosed\n", ":3:1: invalid YAML" },
        { "no kind", "apiVersion: v1\nmetadata:\n  name: x\n", ":1:1: not a Kubernetes object: no kind (" },
        { "no metadata.name", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  namespace: a\n", ":4:3: not a Kubernetes object: no metadata.name (" },
        { "no metadata", "apiVersion: v1\nkind: ConfigMap\ndata: {}\n", ":1:1: not a Kubernetes object: no metadata mapping (" },
        { "a list item without a name", "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: a}\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {}\n", ":9:13: items[1]: not a Kubernetes object: no metadata.name (" },
        { "a List without items", "apiVersion: v1\nkind: List\nitems: {}\n", ":3:8: items: a List needs a list of objects under items (" },
        { "a document that is a list", "- apiVersion: v1\n", ":1:1: not a Kubernetes object but a list (" },
        { "a number for a name", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 12\n", ":4:9: not a Kubernetes object: metadata.name must be a non-empty text (" },
        { "a tag", "apiVersion: v1\nkind: !!str ConfigMap\nmetadata:\n  name: x\n", ":2:7: kind: YAML tags are not supported ('!!str')" },
        { "a local tag", "apiVersion: v1\nkind: ConfigMap\nmetadata: !object\n  name: x\n", ":3:11: metadata: YAML tags are not supported ('!object')" },
        { "an alias bomb", AliasBomb(), "aliases expand to more than 1000000 nodes (an alias bomb?)" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_is_one_line_naming_file_line_and_column_exit_2_and_nothing_written(string why, string content, string expected)
    {
        using var temp = new TempFolder();
        var file = temp.Write("existing.yaml", content);

        CliRunner.Run("dump-manifests", "--profile", "coder", "--existing", file, "-o", temp.File("out.yaml")).ShouldFailWith(2, $"error: {file}", expected);
        File.Exists(temp.File("out.yaml")).Should().BeFalse(why);
        CliRunner.Run("validate", "--profile", "coder", "--existing", file).ShouldFailWith(2, $"error: {file}", expected);

        // In a folder, the file is named by its path in the folder as given.
        temp.Write("dir/ok.yaml", KubectlClaims);
        temp.Write("dir/sub/bad.yaml", content);
        CliRunner.Run("dump-manifests", "--profile", "coder", "--existing", temp.File("dir")).ShouldFailWith(2, $"error: {temp.File("dir")}/sub/bad.yaml", expected);
    }

    [Theory]
    [InlineData("dump-manifests")]
    [InlineData("validate")]
    public void An_empty_value_or_an_empty_variable_names_no_file(string command)
    {
        CliRunner.Run(command, "--existing", "").ShouldFailWith(2, "--existing needs a file or folder, not an empty value");

        // An empty variable is unset, as for every WSCONF_* variable.
        var result = CliRunner.Run(new Dictionary<string, string> { ["WSCONF_EXISTING"] = "" }, command, "--profile", "coder");
        result.ExitCode.Should().Be(0, result.Error);
        (result.Out + result.Error).Should().NotContain(Action).And.NotContain("note:");
    }

    [Fact]
    public void Validate_refuses_objects_of_several_namespaces()
    {
        using var temp = new TempFolder();
        var existing = temp.Write("existing.yaml", KubectlClaims + "\n---\n" + KubectlClaims.Replace("namespace: jupyter-alice", "namespace: jupyter-bob", StringComparison.Ordinal));
        CliRunner.Run("validate", "--profile", "coder", "--existing", existing)
            .ShouldFailWith(2, "--existing: the objects are in 2 namespaces (jupyter-alice, jupyter-bob); validate compares the profiles with one user's namespace");

        // dump-manifests takes the user's own.
        Preview("--profile", "coder", "--user", "bob", "--existing", existing).Error.Should().Contain("note: jupyter-bob: keeping 2 existing objects (Namespace jupyter-bob, PersistentVolumeClaim workspace-claim); creating 13\n");
    }

    [Fact]
    public void Text_from_the_file_reaches_the_terminal_escaped()
    {
        using var temp = new TempFolder();
        var existing = temp.Write("existing.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: "evil\e[2J", namespace: jupyter-alice}
            data: {a: "1"}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: "evil\e[2J", namespace: jupyter-alice}
            data: {a: "2"}
            """);

        var result = CliRunner.Run("dump-manifests", "--profile", "coder", "--user", "alice", "--existing", existing);
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().NotContain("\u001b");
        result.ErrorLines.Where(l => l.Contains("ConfigMap jupyter-alice/evil\\x1b[2J is given again with other content", StringComparison.Ordinal))
            .Should().ContainSingle("the warning is printed once");
    }

    // A hub file for a cluster that runs the ExtendedResourceToleration admission plugin: coder-gpu's pod schedules on
    // tainted GPU nodes, so validate has no GPU warning and its findings on coder-gpu are those about existing objects.
    private static string TolerationsHub(TempFolder temp) => temp.Write("hub.yaml", "extended_resource_tolerations: true\n");

    // The preview's documents, each checked against the strict Kubernetes schema, and stderr.
    private static (IReadOnlyList<JObject> Documents, string Error) Preview(params string[] args)
    {
        var result = CliRunner.Run(["dump-manifests", .. args]);
        result.ExitCode.Should().Be(0, result.Error);
        KubernetesValidator.ValidateYaml(result.Out).Should().BeEmpty();
        return (DumpManifests.Documents(result.Out), result.Error);
    }

    private static JObject Single(IReadOnlyList<JObject> documents, string kind, string name) =>
        documents.Single(d => (string?)d["kind"] == kind && (string?)d["metadata"]!["name"] == name);

    // What `kubectl get namespace NAME -o yaml` writes.
    private static string KubectlNamespace(string name) => $"""
        apiVersion: v1
        kind: Namespace
        metadata:
          creationTimestamp: "2025-03-01T09:59:58Z"
          labels:
            kubernetes.io/metadata.name: {name}
          name: {name}
          resourceVersion: "48188"
          uid: 4d6c1e0a-7b2f-4c3d-9e8f-0a1b2c3d4e5f
        spec:
          finalizers:
          - kubernetes
        status:
          phase: Active

        """;

    private static string Claim(string name, string size, string storageClass, string mode) => $"""
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: {name}
          namespace: jupyter-alice
        spec:
          accessModes: [{mode}]
          resources:
            requests:
              storage: {size}
          storageClassName: {storageClass}
        """;

    // Seven levels of ten aliases each: ten million nodes from a few hundred bytes.
    private static string AliasBomb()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 7; i++)
        {
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        }

        return string.Join('\n', lines) + "\n";
    }
}
