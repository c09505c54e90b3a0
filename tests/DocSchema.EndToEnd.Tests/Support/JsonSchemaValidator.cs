using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DocSchema.EndToEnd.Tests.Support;

/// <summary>
/// Validates JSON against the draft-07 subset docs/docschema.schema.json uses ($ref to local
/// definitions, if/then/else, type, enum, pattern, minLength, properties, required, additionalProperties,
/// propertyNames, min/maxProperties, items, minItems, oneOf, minimum, maximum). No JSON Schema
/// package is available here; editors use a full implementation, this checks ours agrees.
/// </summary>
public sealed class JsonSchemaValidator(JsonObject root)
{
    /// <summary>Every violation, as "path: problem"; empty when valid.</summary>
    public List<string> Validate(JsonNode? instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonObject schema, JsonNode? node, string path, List<string> errors)
    {
        if (schema["$ref"] is JsonValue reference)
        {
            var name = reference.GetValue<string>().Replace("#/definitions/", "", StringComparison.Ordinal);
            Check(root["definitions"]![name]!.AsObject(), node, path, errors);
        }
        if (schema["if"] is JsonObject condition)
        {
            var branch = Errors(condition, node, path).Count == 0 ? schema["then"] : schema["else"];
            if (branch is JsonObject branchSchema) Check(branchSchema, node, path, errors);
        }
        if (schema["oneOf"] is JsonArray oneOf)
        {
            var passing = oneOf.Count(option => Errors(option!.AsObject(), node, path).Count == 0);
            if (passing != 1) errors.Add($"{path}: matches {passing} of the oneOf alternatives, not exactly one");
        }
        if (schema["type"] is { } type && !TypeMatches(type, node)) errors.Add($"{path}: expected type {type.ToJsonString()}, got {Kind(node)}");
        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, node)))
            errors.Add($"{path}: {node?.ToJsonString()} is not one of {values.ToJsonString()}");
        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            if (schema["pattern"] is JsonValue pattern && !Regex.IsMatch(text, pattern.GetValue<string>()))
                errors.Add($"{path}: '{text}' does not match {pattern}");
            if (schema["minLength"] is JsonValue minLength && text.Length < minLength.GetValue<int>())
                errors.Add($"{path}: shorter than {minLength}");
        }
        if (node is JsonValue number && number.TryGetValue<double>(out var n))
        {
            if (schema["minimum"] is JsonValue min && n < min.GetValue<double>()) errors.Add($"{path}: below {min}");
            if (schema["maximum"] is JsonValue max && n > max.GetValue<double>()) errors.Add($"{path}: above {max}");
        }
        if (node is JsonObject obj) CheckObject(schema, obj, path, errors);
        if (node is JsonArray array)
        {
            if (schema["minItems"] is JsonValue minItems && array.Count < minItems.GetValue<int>()) errors.Add($"{path}: fewer than {minItems} items");
            if (schema["items"] is JsonObject items)
                for (var i = 0; i < array.Count; i++) Check(items, array[i], $"{path}[{i}]", errors);
        }
    }

    private void CheckObject(JsonObject schema, JsonObject obj, string path, List<string> errors)
    {
        if (schema["required"] is JsonArray required)
            foreach (var key in required.Select(r => r!.GetValue<string>()).Where(k => !obj.ContainsKey(k)))
                errors.Add($"{path}: missing required '{key}'");
        if (schema["minProperties"] is JsonValue minProperties && obj.Count < minProperties.GetValue<int>()) errors.Add($"{path}: too few properties");
        if (schema["maxProperties"] is JsonValue maxProperties && obj.Count > maxProperties.GetValue<int>()) errors.Add($"{path}: too many properties");
        var properties = schema["properties"] as JsonObject;
        foreach (var (key, child) in obj)
        {
            if (schema["propertyNames"] is JsonObject names) Check(names, JsonValue.Create(key), $"{path}.{key} (name)", errors);
            if (properties?[key] is JsonObject propertySchema) Check(propertySchema, child, $"{path}.{key}", errors);
            else if (schema["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>()) errors.Add($"{path}: unknown property '{key}'");
            else if (schema["additionalProperties"] is JsonObject additional) Check(additional, child, $"{path}.{key}", errors);
        }
    }

    private List<string> Errors(JsonObject schema, JsonNode? node, string path)
    {
        var errors = new List<string>();
        Check(schema, node, path, errors);
        return errors;
    }

    private static bool TypeMatches(JsonNode type, JsonNode? node) =>
        type is JsonArray types ? types.Any(t => TypeMatches(t!, node)) : type.GetValue<string>() == Kind(node) || (type.GetValue<string>() == "number" && Kind(node) == "integer");

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
        JsonValue v when v.TryGetValue<long>(out _) => "integer",
        JsonValue v when v.TryGetValue<double>(out _) => "number",
        _ => "string",
    };
}
