using FluentAssertions;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Render.Manifests;

/// <summary>The oracle's own test cases: every good fixture passes, every bad one fails, plus each hand check.</summary>
public sealed class KubernetesValidatorTests
{
    private static string FixtureFolder => Path.Combine(AppContext.BaseDirectory, "Render", "Manifests", "Fixtures");

    public static TheoryData<string> Fixtures(string prefix) =>
        new(Directory.GetFiles(FixtureFolder, prefix + "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Fixtures), "good-")]
    public void Good_fixtures_pass(string file) =>
        KubernetesValidator.ValidateYaml(File.ReadAllText(Path.Combine(FixtureFolder, file))).Should().BeEmpty();

    [Theory]
    [MemberData(nameof(Fixtures), "bad-")]
    public void Bad_fixtures_fail(string file) =>
        KubernetesValidator.ValidateYaml(File.ReadAllText(Path.Combine(FixtureFolder, file))).Should().NotBeEmpty();

    [Fact]
    public void Every_fixture_is_covered()
    {
        Directory.GetFiles(FixtureFolder, "*.yaml").Select(Path.GetFileName)
            .Should().OnlyContain(f => f!.StartsWith("good-") || f.StartsWith("bad-") || f.StartsWith("info-"));
        Fixtures("good-").Should().HaveCountGreaterThan(5);
        Fixtures("bad-").Should().HaveCountGreaterThan(8);
    }

    // The API server reads an explicit null as "unset" and would accept this pod; the oracle is stricter on purpose,
    // because wsconf never writes null and a null in its output means a value went missing.
    [Fact]
    public void Info_fixture_with_a_null_field_is_rejected_on_purpose() =>
        KubernetesValidator.ValidateYaml(File.ReadAllText(Path.Combine(FixtureFolder, "info-pod-null-field.yaml")))
            .Should().Contain(p => p.Contains("spec.nodeSelector is null"));

    [Fact]
    public void Pod_spec_fragments_validate_against_their_definition()
    {
        KubernetesValidator.ValidateFragment(Fragment("podspec-fragment.yaml"), "v1.IPodSpec").Should().BeEmpty();
        var problems = KubernetesValidator.ValidateFragment(Fragment("podspec-fragment-bad.yaml"), "v1.IPodSpec");
        foreach (var culprit in new[] { "nodeSelector.gpu StringExpected", "operator NotInEnumeration", "['nvidia.com/gpu'] PatternMismatch", "emptyDir.size NoAdditionalPropertiesAllowed" })
        {
            problems.Should().Contain(p => p.Contains(culprit));
        }
    }

    private static Newtonsoft.Json.Linq.JToken Fragment(string file) =>
        Yaml11.Load(File.ReadAllText(Path.Combine(FixtureFolder, "fragments", file)), Yaml11Dialect.GoYamlV2);

    [Theory]
    [InlineData("name: Bad_Name", "metadata.name 'Bad_Name'")]
    [InlineData("labels: {app: -x}", "not a valid label value")]
    [InlineData("labels: {'a b': x}", "not a qualified name")]
    [InlineData("mountName: other", "volumeMount 'other' names no volume")]
    [InlineData("volume2: data", "'data' is used twice")]
    [InlineData("gpuRequest: \"2\"", "request 2 must equal its limit 1")]
    [InlineData("cpuRequest: \"3\"", "cpu request 3 is above its limit 2")]
    [InlineData("memoryRequest: 5Gi", "memory request 5Gi is above its limit 4Gi")]
    [InlineData("image: \"x:{{ .Values.tag }}\"", "template syntax left")]
    [InlineData("image: \"x:{# c #}\"", "template syntax left")]
    [InlineData("portName: notebook-port-name-too-long", "not a valid port name")]
    public void Hand_checks_catch_what_the_schema_cannot(string change, string expected)
    {
        var values = new Dictionary<string, string>
        {
            ["name"] = "p", ["labels"] = "{app: web}", ["mountName"] = "data", ["volume2"] = "scratch", ["gpuRequest"] = "\"1\"",
            ["cpuRequest"] = "\"1\"", ["memoryRequest"] = "1Gi", ["image"] = "busybox", ["portName"] = "http",
        };
        var (key, value) = (change[..change.IndexOf(':')], change[(change.IndexOf(':') + 2)..]);
        values[key] = value;
        var pod = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: @name@
              labels: @labels@
            spec:
              containers:
              - name: main
                image: @image@
                ports: [{name: @portName@, containerPort: 80}]
                resources:
                  requests: {cpu: @cpuRequest@, memory: @memoryRequest@, nvidia.com/gpu: @gpuRequest@}
                  limits: {cpu: "2", memory: 4Gi, nvidia.com/gpu: "1"}
                volumeMounts: [{name: @mountName@, mountPath: /data}]
              volumes:
              - {name: data, emptyDir: {}}
              - {name: @volume2@, emptyDir: {}}
            """;
        pod = values.Aggregate(pod, (text, v) => text.Replace($"@{v.Key}@", v.Value, StringComparison.Ordinal));
        KubernetesValidator.ValidateYaml(pod).Should().ContainSingle().Which.Should().Contain(expected);
    }

    [Fact]
    public void The_unchanged_hand_check_pod_is_valid() => Hand_checks_catch_what_the_schema_cannot_baseline().Should().BeEmpty();

    [Theory]
    [InlineData("apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: {name: old}\n", "not an allowed API version")]
    [InlineData("apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: r}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Pod, name: x}\nsubjects: [{kind: User, name: u, apiGroup: rbac.authorization.k8s.io}]\n", "roleRef.kind 'Pod'")]
    [InlineData("apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: r}\nroleRef: {apiGroup: rbac, kind: Role, name: x}\n", "roleRef.apiGroup")]
    [InlineData("apiVersion: helm.crossplane.io/v1beta1\nkind: Release\nmetadata: {name: Bad_Name}\nspec: {anything: goes}\n", "metadata.name 'Bad_Name'")]
    [InlineData("apiVersion: helm.crossplane.io/v1beta1\nkind: Object\nmetadata: {name: ok}\n", "holds kind Release")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {'bad key': x}\n", "data key 'bad key'")]
    [InlineData("apiVersion: v1\nkind: Service\nmetadata: {name: a.b}\nspec: {ports: [{port: 80}]}\n", "not a DNS-1123 label")]
    public void Header_rbac_and_custom_resource_checks(string yaml, string expected) =>
        KubernetesValidator.ValidateYaml(yaml).Should().ContainSingle().Which.Should().Contain(expected);

    [Fact]
    public void Custom_resources_are_checked_for_their_header_only() =>
        KubernetesValidator.ValidateYaml("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata: {name: creds}\nspec: {whatever: [1, 2]}\n")
            .Should().BeEmpty();

    private static IReadOnlyList<string> Hand_checks_catch_what_the_schema_cannot_baseline() => KubernetesValidator.ValidateYaml("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p, labels: {app: web}}
        spec:
          containers:
          - name: main
            image: busybox
            ports: [{name: http, containerPort: 80}]
            resources:
              requests: {cpu: "1", memory: 1Gi, nvidia.com/gpu: "1"}
              limits: {cpu: "2", memory: 4Gi, nvidia.com/gpu: "1"}
            volumeMounts: [{name: data, mountPath: /data}]
          volumes:
          - {name: data, emptyDir: {}}
          - {name: scratch, emptyDir: {}}
        """);
}
