package dev.jmp.manager;


/** {@link PythonParityTest} against a cluster's manager. */
class ClusterPythonParityTest extends PythonParityTest {
}
