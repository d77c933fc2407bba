<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Accessibility</name>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Desplazar a la izquierda</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Desplazar a la derecha</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <source>explained variance</source>
        <translation>varianza explicada</translation>
    </message>
    <message>
        <source>No training yet.</source>
        <translation>Aún no hay entrenamiento.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>train loss %1</source>
        <translation>pérdida de entrenamiento %1</translation>
    </message>
    <message>
        <source>test loss %1</source>
        <translation>pérdida de prueba %1</translation>
    </message>
    <message>
        <source>test %1 %2</source>
        <translation>%1 de prueba %2</translation>
    </message>
    <message>
        <source>train %1 %2</source>
        <translation>%1 de entrenamiento %2</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
    <message>
        <source>%1, paused</source>
        <translation>%1, en pausa</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>Estado del entrenamiento</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave is off: cannot create %1 (%2).</source>
        <translation>El guardado automático está desactivado: no se puede crear %1 (%2).</translation>
    </message>
    <message>
        <source>Autosave is off: cannot lock a file in %1.</source>
        <translation>El guardado automático está desactivado: no se puede bloquear un archivo en %1.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falló el guardado automático: %1</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Keyboard: arrow keys move the cross (Shift: further), Enter adds a point of the current class there, Delete removes the nearest point.</source>
        <translation>Teclado: las flechas mueven la cruz (Mayús: más lejos), Intro añade ahí un punto de la clase actual, Supr quita el punto más cercano.</translation>
    </message>
    <message>
        <source>Canvas: cursor at %1. %2</source>
        <translation>Lienzo: cursor en %1. %2</translation>
    </message>
    <message>
        <source>Cursor at %1</source>
        <translation>Cursor en %1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <source>a point</source>
        <translation>un punto</translation>
    </message>
    <message>
        <source>Added %1 point (%2) at %3</source>
        <translation>Añadido %1 punto (%2) en %3</translation>
    </message>
    <message>
        <source>Added %1 points (%2) at %3</source>
        <translation>Añadidos %1 puntos (%2) en %3</translation>
    </message>
    <message>
        <source>No points to remove</source>
        <translation>No hay puntos que quitar</translation>
    </message>
    <message>
        <source>Removed the point at (%1, %2)</source>
        <translation>Quitado el punto en (%1, %2)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>reconstrucción</translation>
    </message>
    <message>
        <source>learned components</source>
        <translation>componentes aprendidas</translation>
    </message>
    <message>
        <source>test point</source>
        <translation>punto de prueba</translation>
    </message>
    <message>
        <source>decision boundary</source>
        <translation>frontera de decisión</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>predicción</translation>
    </message>
    <message>
        <source>colour: target (points), prediction (background)</source>
        <translation>color: objetivo (puntos), predicción (fondo)</translation>
    </message>
    <message>
        <source>ring: last minibatch</source>
        <translation>anillo: último minilote</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Data canvas</source>
        <translation>Lienzo de datos</translation>
    </message>
    <message>
        <source>y (target)</source>
        <translation>y (objetivo)</translation>
    </message>
    <message>
        <source>Training diverged. Shown: the model before it diverged (step %1), the last finite one.</source>
        <translation>El entrenamiento divergió. Se muestra: el modelo antes de divergir (paso %1), el último finito.</translation>
    </message>
    <message>
        <source>Training diverged at step %1. Shown: the model before it diverged (step %2), the last finite one.</source>
        <translation>El entrenamiento divergió en el paso %1. Se muestra: el modelo antes de divergir (paso %2), el último finito.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Train the current model beside copies of it that differ in a few hyperparameters (learning rate, optimizer, batch size, ...), from the same starting parameters, step for step (%1).</source>
        <translation>Entrena el modelo actual junto a copias que difieren en algunos hiperparámetros (tasa de aprendizaje, optimizador, tamaño de lote, ...), desde los mismos parámetros iniciales, paso a paso (%1).</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Comparar ejecuciones</translation>
    </message>
    <message>
        <source>Change run B, then Start.</source>
        <translation>Cambia la ejecución B y luego pulsa Iniciar.</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>Añadir ejecución</translation>
    </message>
    <message>
        <source>Add another copy of A (up to D) to change and compare.</source>
        <translation>Añade otra copia de A (hasta D) para cambiarla y compararla.</translation>
    </message>
    <message>
        <source>Every run trains this many epochs (passes over the training points).</source>
        <translation>Cada ejecución entrena este número de épocas (pasadas por los puntos de entrenamiento).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Train every run on from where it is (its parameters and optimizer state) for the epochs set here; Start trains them again from the beginning.</source>
        <translation>Sigue entrenando cada ejecución desde donde está (sus parámetros y el estado del optimizador) durante las épocas indicadas aquí; Iniciar las entrena de nuevo desde el principio.</translation>
    </message>
    <message>
        <source>Run to adopt</source>
        <translation>Ejecución que adoptar</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adoptar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Make the chosen run&apos;s hyperparameters the main window&apos;s.</source>
        <translation>Hace que los hiperparámetros de la ejecución elegida sean los de la ventana principal.</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>escala log.</translation>
    </message>
    <message>
        <source>Draw the losses on a log scale: small losses of a run that learns well stay apart.</source>
        <translation>Dibuja las pérdidas en escala logarítmica: las pérdidas pequeñas de una ejecución que aprende bien se siguen distinguiendo.</translation>
    </message>
    <message>
        <source>The parameter whose value in every run the traces show.</source>
        <translation>El parámetro cuyo valor en cada ejecución muestran las trazas.</translation>
    </message>
    <message>
        <source>Decision maps of the runs</source>
        <translation>Mapas de decisión de las ejecuciones</translation>
    </message>
    <message>
        <source>Loss curves of the runs</source>
        <translation>Curvas de pérdida de las ejecuciones</translation>
    </message>
    <message>
        <source>Parameter traces of the runs</source>
        <translation>Trazas de parámetros de las ejecuciones</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>Adopt %1</source>
        <translation>Adoptar %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ejecución %1</translation>
    </message>
    <message>
        <source>Nothing to train.</source>
        <translation>Nada que entrenar.</translation>
    </message>
    <message>
        <source>Continuing %1 runs…</source>
        <translation>Continuando %1 ejecuciones…</translation>
    </message>
    <message>
        <source>Starting %1 runs…</source>
        <translation>Iniciando %1 ejecuciones…</translation>
    </message>
    <message>
        <source>The saved comparison could not be shown: %1</source>
        <translation>No se pudo mostrar la comparación guardada: %1</translation>
    </message>
    <message>
        <source>Opened from the file. %1 Continue trains every run on; the parameter traces start at the saved step (a file keeps the losses, not every path).</source>
        <translation>Abierto desde el archivo. %1 Continuar sigue entrenando cada ejecución; las trazas de parámetros empiezan en el paso guardado (un archivo guarda las pérdidas, no cada camino).</translation>
    </message>
    <message>
        <source>Branched from step %1 of the main run (epoch %2): every run goes on from its parameters and optimizer state, for the epochs set here.</source>
        <translation>Ramificado desde el paso %1 de la ejecución principal (época %2): cada ejecución continúa desde sus parámetros y el estado del optimizador, durante las épocas indicadas aquí.</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>Detenido. %1</translation>
    </message>
    <message>
        <source>The comparison stopped: %1</source>
        <translation>La comparación se detuvo: %1</translation>
    </message>
    <message>
        <source>Nothing was trained.</source>
        <translation>No se entrenó nada.</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>Terminado. %1</translation>
    </message>
    <message>
        <source>Training. %1</source>
        <translation>Entrenando. %1</translation>
    </message>
    <message>
        <source>A comparison needs run A and at least one other run.</source>
        <translation>Una comparación necesita la ejecución A y al menos otra ejecución.</translation>
    </message>
    <message>
        <source>Run A is the main window&apos;s run: every other run is compared with it.</source>
        <translation>La ejecución A es la de la ventana principal: todas las demás se comparan con ella.</translation>
    </message>
    <message>
        <source>Run %1 removed. %2</source>
        <translation>Ejecución %1 eliminada. %2</translation>
    </message>
    <message>
        <source>Not adopted: the main window refused run %1&apos;s settings.</source>
        <translation>No adoptado: la ventana principal rechazó los ajustes de la ejecución %1.</translation>
    </message>
    <message>
        <source>Adopted: the main window now trains with run %1&apos;s hyperparameters.</source>
        <translation>Adoptado: la ventana principal entrena ahora con los hiperparámetros de la ejecución %1.</translation>
    </message>
    <message>
        <source>&amp;Compare runs…</source>
        <translation>&amp;Comparar ejecuciones…</translation>
    </message>
    <message>
        <source>&lt;i&gt;same structure&lt;/i&gt; (?)</source>
        <translation>&lt;i&gt;misma estructura&lt;/i&gt; (?)</translation>
    </message>
    <message>
        <source>The main window&apos;s run (change it there).</source>
        <translation>La ejecución de la ventana principal (cámbiala allí).</translation>
    </message>
    <message>
        <source>Run %1: change any setting; what differs from A is highlighted.</source>
        <translation>Ejecución %1: cambia cualquier ajuste; lo que difiere de A se resalta.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove run %1 (the runs after it move up a letter).</source>
        <translation>Quita la ejecución %1 (las siguientes suben una letra).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ahora&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each run&apos;s step, then its training · test loss, in the latest frame.</source>
        <translation>El paso de cada ejecución y luego su pérdida de entrenamiento · prueba, en el último fotograma.</translation>
    </message>
    <message>
        <source>Run %1 not changed: %2</source>
        <translation>Ejecución %1 sin cambiar: %2</translation>
    </message>
    <message>
        <source>At most %1 runs can be compared (%2); remove one first.</source>
        <translation>Se pueden comparar como máximo %1 ejecuciones (%2); quita una primero.</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>Only settings that keep the model&apos;s structure can differ between the runs. The model, its layers, activation, output, loss and input features are those of the main window: the runs train together in one batched step, which needs one structure (change it in the main window, then compare again).</source>
        <translation>Solo pueden diferir entre ejecuciones los ajustes que mantienen la estructura del modelo. El modelo, sus capas, la activación, la salida, la pérdida y las características de entrada son las de la ventana principal: las ejecuciones entrenan juntas en un paso por lotes, que necesita una sola estructura (cámbiala en la ventana principal y vuelve a comparar).</translation>
    </message>
    <message>
        <source>Same seed: the same starting parameters and, with equal batch sizes, the same minibatches in the same order. The runs train in lockstep, step for step.</source>
        <translation>Misma semilla: los mismos parámetros iniciales y, con tamaños de lote iguales, los mismos minilotes en el mismo orden. Las ejecuciones entrenan al unísono, paso a paso.</translation>
    </message>
    <message>
        <source>%1 is the same as A.</source>
        <translation>%1 es igual que A.</translation>
    </message>
    <message>
        <source>%1 %2 (A %3)</source>
        <translation>%1 %2 (A %3)</translation>
    </message>
    <message>
        <source>%1 differs: %2.</source>
        <translation>%1 difiere: %2.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tasa</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>decaimiento</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>escala</translation>
    </message>
    <message>
        <source>as in the main window</source>
        <translation>como en la ventana principal</translation>
    </message>
    <message>
        <source>same as A</source>
        <translation>igual que A</translation>
    </message>
    <message>
        <source>%1 diverged at step %2</source>
        <translation>%1 divergió en el paso %2</translation>
    </message>
    <message>
        <source>%1: training loss %2 at epoch %3 (step %4)</source>
        <translation>%1: pérdida de entrenamiento %2 en la época %3 (paso %4)</translation>
    </message>
    <message>
        <source>%1: test loss %2 at epoch %3 (step %4)</source>
        <translation>%1: pérdida de prueba %2 en la época %3 (paso %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;not trained yet&lt;br&gt;&amp;nbsp;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;aún sin entrenar&lt;br&gt;&amp;nbsp;</translation>
    </message>
    <message>
        <source>&lt;b&gt;diverged at step %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;divergió en el paso %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;%3 parameters&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;%3 parámetros&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>loss: training ━━, test ╍╍</source>
        <translation>pérdida: entrenamiento ━━, prueba ╍╍</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>there are no points to show the runs on</source>
        <translation>no hay puntos sobre los que mostrar las ejecuciones</translation>
    </message>
</context>
<context>
    <name>Compatibility</name>
    <message>
        <source>%1 needs targets, but this dataset has none (it is made for PCA). Pick a classification or regression dataset, or the PCA model.</source>
        <translation>%1 necesita objetivos, pero este conjunto de datos no tiene (está hecho para PCA). Elige un conjunto de clasificación o de regresión, o el modelo PCA.</translation>
    </message>
    <message>
        <source>%1 predicts numbers, but this dataset has classes. Use logistic or softmax regression or a neural network, or pick a regression dataset.</source>
        <translation>%1 predice números, pero este conjunto de datos tiene clases. Usa regresión logística o softmax o una red neuronal, o elige un conjunto de regresión.</translation>
    </message>
    <message>
        <source>Logistic regression separates two classes, but this dataset has numbers. Use softmax regression for more classes, or linear regression for numbers.</source>
        <translation>La regresión logística separa dos clases, pero este conjunto de datos tiene números. Usa regresión softmax para más clases o regresión lineal para números.</translation>
    </message>
    <message>
        <source>Logistic regression separates two classes, but this dataset has %1 classes. Use softmax regression for more classes, or linear regression for numbers.</source>
        <translation>La regresión logística separa dos clases, pero este conjunto de datos tiene %1 clases. Usa regresión softmax para más clases o regresión lineal para números.</translation>
    </message>
    <message>
        <source>Softmax regression predicts classes, but this dataset has numbers. Use linear regression or a neural network.</source>
        <translation>La regresión softmax predice clases, pero este conjunto de datos tiene números. Usa regresión lineal o una red neuronal.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Parameters reset from seed %1.</source>
        <translation>Parámetros reiniciados a partir de la semilla %1.</translation>
    </message>
    <message>
        <source>A structural hyperparameter</source>
        <translation>Hiperparámetro estructural</translation>
    </message>
    <message>
        <source>%1 changed: the parameters were re-initialized.</source>
        <translation>%1: valor cambiado; los parámetros se han reiniciado.</translation>
    </message>
    <message>
        <source>%1 changed; training goes on with the same parameters.</source>
        <translation>%1: valor cambiado; el entrenamiento sigue con los mismos parámetros.</translation>
    </message>
    <message>
        <source>The canvas is empty: draw some points or pick a preset from the Data menu.</source>
        <translation>El lienzo está vacío: dibuja algunos puntos o elige un conjunto en el menú Datos.</translation>
    </message>
    <message>
        <source>Cannot train yet: %1.</source>
        <translation>Aún no se puede entrenar: %1.</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>columna %1: %2</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>clasificación</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>unsupervised</source>
        <translation>aprendizaje no supervisado</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>el archivo ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; it was read as Latin-1.</source>
        <translation>El archivo no es texto UTF-8; se leyó como Latin-1.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>more than %1 rows; GradientDesk opens at most %1 points</source>
        <translation>más de %1 filas; GradientDesk abre como máximo %1 puntos</translation>
    </message>
    <message>
        <source>the file is not valid CSV (%1)</source>
        <translation>el archivo no es un CSV válido (%1)</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>el archivo tiene cabecera pero ninguna fila de datos</translation>
    </message>
    <message>
        <source>%1 values, but the header has %2 columns (%3)</source>
        <translation>%1 valores, pero la cabecera tiene %2 columnas (%3)</translation>
    </message>
    <message>
        <source>%1 values, but the first row has %2 columns</source>
        <translation>%1 valores, pero la primera fila tiene %2 columnas</translation>
    </message>
    <message>
        <source>no column for %1: %2 data needs the columns %3</source>
        <translation>no hay columna para %1: los datos de %2 necesitan las columnas %3</translation>
    </message>
    <message>
        <source>unknown task %1</source>
        <translation>tarea desconocida %1</translation>
    </message>
    <message>
        <source>No split column: %1 of %2 points were put in the test split at random (%3).</source>
        <translation>Sin columna de partición: %1 de %2 puntos se pusieron al azar en la partición de prueba (%3).</translation>
    </message>
    <message>
        <source>%1 points lie outside the canvas square [-%2, %2]: imported as they are, not rescaled. Consider scaling the data.</source>
        <translation>%1 puntos quedan fuera del cuadrado del lienzo [-%2, %2]: se importan tal cual, sin reescalar. Considere escalar los datos.</translation>
    </message>
    <message>
        <source>%1 point lies outside the canvas square [-%2, %2]: imported as they are, not rescaled. Consider scaling the data.</source>
        <translation>%1 punto queda fuera del cuadrado del lienzo [-%2, %2]: se importa tal cual, sin reescalar. Considere escalar los datos.</translation>
    </message>
    <message>
        <source>Not used: columns %1.</source>
        <translation>Sin usar: columnas %1.</translation>
    </message>
    <message>
        <source>Not used: column %1.</source>
        <translation>Sin usar: columna %1.</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>falta el valor</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <source>%1 is not a finite number (NaN and infinity are not allowed)</source>
        <translation>%1 no es un número finito (NaN e infinito no están permitidos)</translation>
    </message>
    <message>
        <source>the value %1</source>
        <translation>el valor %1</translation>
    </message>
    <message>
        <source>the class label is missing</source>
        <translation>falta la etiqueta de clase</translation>
    </message>
    <message>
        <source>%1 is not a class: use whole numbers 0 to %2 or class names</source>
        <translation>%1 no es una clase: use números enteros de 0 a %2 o nombres de clase</translation>
    </message>
    <message>
        <source>%1 is a 7th class; GradientDesk shows at most %2 classes</source>
        <translation>%1 es una 7.ª clase; GradientDesk muestra como máximo %2 clases</translation>
    </message>
    <message>
        <source>a class name may have at most %1 characters</source>
        <translation>un nombre de clase puede tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>%1 must be train or test</source>
        <translation>%1 debe ser train o test</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Classification (x1, x2, label)</source>
        <translation>Clasificación (x1, x2, clase)</translation>
    </message>
    <message>
        <source>Regression (x or x1, x2, target)</source>
        <translation>Regresión (x o x1, x2, objetivo)</translation>
    </message>
    <message>
        <source>Unsupervised - PCA (x1, x2)</source>
        <translation>No supervisado - PCA (x1, x2)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>Import CSV - %1</source>
        <translation>Importar CSV - %1</translation>
    </message>
    <message>
        <source>Detected from the header and the values; change it if the guess is wrong.</source>
        <translation>Detectado a partir del encabezado y los valores; cámbialo si la suposición es errónea.</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>First %1 of %2 rows (line numbers as in the file):</source>
        <translation>Primeras %1 de %2 filas (números de línea como en el archivo):</translation>
    </message>
    <message>
        <source>Nothing will be imported until the problem below is fixed in the file.</source>
        <translation>No se importará nada hasta que se corrija en el archivo el problema de abajo.</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>No se puede importar: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>label</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>%1 points (%2 train, %3 test), %4-D</source>
        <translation>%1 puntos (%2 de entrenamiento, %3 de prueba), %4-D</translation>
    </message>
    <message>
        <source>; classes %1</source>
        <translation>; clases %1</translation>
    </message>
    <message>
        <source>; targets from %1 to %2</source>
        <translation>; objetivos de %1 a %2</translation>
    </message>
</context>
<context>
    <name>DataEdits</name>
    <message>
        <source>custom</source>
        <translation>Datos propios</translation>
    </message>
    <message>
        <source>empty canvas: draw some points</source>
        <translation>lienzo vacío: dibuja algunos puntos</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 clases</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>no labels</source>
        <translation>sin etiquetas</translation>
    </message>
    <message>
        <source>%1: %2 points (%3 train, %4 test), %5</source>
        <translation>%1: %2 puntos (%3 de entrenamiento, %4 de prueba), %5</translation>
    </message>
    <message>
        <source>Could not make the dataset: %1</source>
        <translation>No se pudo crear el conjunto de datos: %1</translation>
    </message>
    <message>
        <source>Load preset %1</source>
        <translation>Cargar el conjunto %1</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>Cargado: %1.</translation>
    </message>
    <message>
        <source>Points not added: %1</source>
        <translation>Puntos no añadidos: %1</translation>
    </message>
    <message>
        <source>Draw points</source>
        <translation>Dibujar puntos</translation>
    </message>
    <message>
        <source>Erase points</source>
        <translation>Borrar puntos</translation>
    </message>
    <message>
        <source>Clear all points</source>
        <translation>Borrar todos los puntos</translation>
    </message>
    <message>
        <source>Use %1 classes</source>
        <translation>Usar %1 clases</translation>
    </message>
    <message>
        <source>Replace data</source>
        <translation>Sustituir los datos</translation>
    </message>
</context>
<context>
    <name>DataToolbar</name>
    <message>
        <source>Empty: draw points</source>
        <translation>Vacío: dibuja puntos</translation>
    </message>
    <message>
        <source>Drawn: n %1</source>
        <translation>Dibujados: n %1</translation>
    </message>
    <message>
        <source>%1, n %2</source>
        <translation>%1, n %2</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <source>Left-click or drag on the canvas to add points (B).</source>
        <translation>Haz clic o arrastra en el lienzo para añadir puntos (B).</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Left-drag removes points (E). A right-drag always erases.</source>
        <translation>Arrastrar con el botón izquierdo quita puntos (E). Arrastrar con el derecho siempre borra.</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspeccionar</translation>
    </message>
    <message>
        <source>Click a point (I) to see the model&apos;s worked forward pass for it; Shift+click inspects with any tool.</source>
        <translation>Haz clic en un punto (I) para ver el paso hacia delante del modelo calculado para él; Mayús+clic inspecciona con cualquier herramienta.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove every point (undoable).</source>
        <translation>Quita todos los puntos (se puede deshacer).</translation>
    </message>
    <message>
        <source>Class to draw</source>
        <translation>Clase que dibujar</translation>
    </message>
    <message>
        <source>The class of the points you draw. Colours are safe for colour-blind viewers.</source>
        <translation>La clase de los puntos que dibujas. Los colores se distinguen también con daltonismo.</translation>
    </message>
    <message>
        <source>Add a class (up to six).</source>
        <translation>Añade una clase (hasta seis).</translation>
    </message>
    <message>
        <source>Remove the last class and its points (undoable).</source>
        <translation>Quita la última clase y sus puntos (se puede deshacer).</translation>
    </message>
    <message>
        <source>The target value of the points you draw on 2-D regression data (their colour).</source>
        <translation>El valor objetivo de los puntos que dibujas en datos de regresión 2-D (su color).</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>Preset dataset</source>
        <translation>Conjunto de datos predefinido</translation>
    </message>
    <message>
        <source>A ready-made dataset. Press Generate (or pick one in the Data menu).</source>
        <translation>Un conjunto de datos ya hecho. Pulsa Generar (o elige uno en el menú Datos).</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Replace the points by the chosen preset, made with the numbers beside it (undoable).</source>
        <translation>Sustituye los puntos por el conjunto elegido, generado con los números de al lado (se puede deshacer).</translation>
    </message>
    <message>
        <source>Number of points to generate.</source>
        <translation>Número de puntos que generar.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>por defecto</translation>
    </message>
    <message>
        <source>Standard deviation of the noise added, in axis units (&apos;default&apos;: the preset&apos;s).</source>
        <translation>Desviación típica del ruido añadido, en unidades de los ejes («por defecto»: la del conjunto).</translation>
    </message>
    <message>
        <source>Random seed of the generated points.</source>
        <translation>Semilla aleatoria de los puntos generados.</translation>
    </message>
    <message>
        <source>Share of points held out to test the model (drawn hollow). Also used for points you draw.</source>
        <translation>Proporción de puntos reservados para probar el modelo (dibujados huecos). Se aplica también a los puntos que dibujas.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>ruido</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>Brush and eraser radius (r), in the units of the axes.</source>
        <translation>Radio del pincel y del borrador (r), en las unidades de los ejes.</translation>
    </message>
    <message>
        <source>Spray (×): points added per dab, scattered over the brush disc.</source>
        <translation>Aerosol (×): puntos añadidos por toque, repartidos por el disco del pincel.</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>Not generated: %1.</source>
        <translation>No generado: %1.</translation>
    </message>
    <message>
        <source>On the canvas: %1. The boxes after it set what Generate makes.</source>
        <translation>En el lienzo: %1. Las casillas que siguen fijan lo que crea Generar.</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Clase %1</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>the coordinate x%2 of point %1</source>
        <translation>la coordenada x%2 del punto %1</translation>
    </message>
    <message>
        <source>the target of point %1</source>
        <translation>el objetivo del punto %1</translation>
    </message>
    <message>
        <source>point coordinates must be numbers</source>
        <translation>las coordenadas de los puntos deben ser números</translation>
    </message>
    <message>
        <source>the dataset is empty: draw or load at least one point</source>
        <translation>el conjunto de datos está vacío: dibuje o cargue al menos un punto</translation>
    </message>
    <message>
        <source>point %1 has a coordinate that is not a finite number (NaN or infinity)</source>
        <translation>el punto %1 tiene una coordenada que no es un número finito (NaN o infinito)</translation>
    </message>
    <message>
        <source>a classification dataset has between 2 and %1 classes; got %2</source>
        <translation>un conjunto de datos de clasificación tiene entre 2 y %1 clases; recibido: %2</translation>
    </message>
    <message>
        <source>label %1 has no class name (there are %2 classes)</source>
        <translation>la etiqueta %1 no tiene nombre de clase (hay %2 clases)</translation>
    </message>
    <message>
        <source>class labels must be whole numbers 0, 1, 2, ...</source>
        <translation>las etiquetas de clase deben ser números enteros 0, 1, 2, ...</translation>
    </message>
    <message>
        <source>class labels must be 0 or larger</source>
        <translation>las etiquetas de clase deben ser 0 o mayores</translation>
    </message>
    <message>
        <source>targets must be numbers</source>
        <translation>los objetivos deben ser números</translation>
    </message>
    <message>
        <source>the target of point %1 is not a finite number (NaN or infinity)</source>
        <translation>el objetivo del punto %1 no es un número finito (NaN o infinito)</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>Diagram: arrow keys choose the next or previous parameter, Page Up/Down the array, Home/End the ends.</source>
        <translation>Diagrama: las flechas eligen el parámetro siguiente o anterior, Re Pág/Av Pág el array, Inicio/Fin los extremos.</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama de la red</translation>
    </message>
    <message>
        <source>Selected %1</source>
        <translation>Seleccionado %1</translation>
    </message>
    <message>
        <source>Selected %1 = %2</source>
        <translation>Seleccionado %1 = %2</translation>
    </message>
    <message>
        <source>Selected %1 = %2, gradient %3</source>
        <translation>Seleccionado %1 = %2, gradiente %3</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ent.</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sal.</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>C%1</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>capa %1</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1 más</translation>
    </message>
    <message>
        <source>all weights are 0 and all biases are 0 (grey edges, white swatches)</source>
        <translation>todos los pesos son 0 y todos los sesgos son 0 (aristas grises, muestras blancas)</translation>
    </message>
    <message>
        <source>all weights are 0 (grey edges)</source>
        <translation>todos los pesos son 0 (aristas grises)</translation>
    </message>
    <message>
        <source>widest edge |w| = %1</source>
        <translation>arista más ancha |w| = %1</translation>
    </message>
    <message>
        <source>all biases are 0</source>
        <translation>todos los sesgos son 0</translation>
    </message>
    <message>
        <source>strongest bias colour |b| = %1</source>
        <translation>color de sesgo más intenso |b| = %1</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ancho</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#0072B2&apos;&gt;&lt;b&gt;━ positive&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#E69F00&apos;&gt;&lt;b&gt;╍ negative&lt;/b&gt;&lt;/span&gt; weight, %1 · square: a neuron&apos;s output over %2 · corner swatch: its bias · hover for values, click to select, double-click (paused) to edit</source>
        <translation>&lt;span style=&apos;color:#0072B2&apos;&gt;&lt;b&gt;━ positivo&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#E69F00&apos;&gt;&lt;b&gt;╍ negativo&lt;/b&gt;&lt;/span&gt; peso, %1 · cuadrado: la salida de una neurona sobre %2 · muestra de la esquina: su sesgo · pasa el ratón para ver valores, clic para seleccionar, doble clic (en pausa) para editar</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#0072B2&apos;&gt;&lt;b&gt;━ positive&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#E69F00&apos;&gt;&lt;b&gt;╍ negative&lt;/b&gt;&lt;/span&gt; weight, %1 · hover for values</source>
        <translation>&lt;span style=&apos;color:#0072B2&apos;&gt;&lt;b&gt;━ positivo&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#E69F00&apos;&gt;&lt;b&gt;╍ negativo&lt;/b&gt;&lt;/span&gt; peso, %1 · pasa el ratón para ver valores</translation>
    </message>
    <message>
        <source>the input line (x1 →)</source>
        <translation>la recta de entrada (x1 →)</translation>
    </message>
    <message>
        <source>the input plane (x1 →, x2 ↑)</source>
        <translation>el plano de entrada (x1 →, x2 ↑)</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 weights drawn</source>
        <translation>%1 · %2 de %3 pesos dibujados</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 weights drawn (the strongest of each layer pair)</source>
        <translation>%1 · %2 de %3 pesos dibujados (los más fuertes de cada par de capas)</translation>
    </message>
    <message>
        <source>&lt;b&gt;input %1&lt;/b&gt; — an input feature, computed from the point&apos;s coordinates (nothing to learn: the weights leaving it are).</source>
        <translation>&lt;b&gt;entrada %1&lt;/b&gt; — una característica de entrada, calculada a partir de las coordenadas del punto (no hay nada que aprender: sí los pesos que salen de ella).</translation>
    </message>
    <message>
        <source>click: select · double-click: edit</source>
        <translation>clic: seleccionar · doble clic: editar</translation>
    </message>
    <message>
        <source>click: select</source>
        <translation>clic: seleccionar</translation>
    </message>
    <message>
        <source>%1

The diagram draws networks of dense layers. PCA&apos;s directions are drawn on the canvas;
its weights are in the weight maps and the parameter table.</source>
        <translation>%1

El diagrama dibuja redes de capas densas. Las direcciones de la PCA se dibujan en el lienzo;
sus pesos están en los mapas de pesos y en la tabla de parámetros.</translation>
    </message>
    <message>
        <source>Input %1 is an input feature, not a parameter: click a weight (edge) or a neuron (its bias).</source>
        <translation>La entrada %1 es una característica de entrada, no un parámetro: haz clic en un peso (arista) o en una neurona (su sesgo).</translation>
    </message>
    <message>
        <source>Pause training (Space) to edit a weight or bias by hand.</source>
        <translation>Pausa el entrenamiento (Espacio) para editar a mano un peso o un sesgo.</translation>
    </message>
    <message>
        <source>%1 set to %2: the output map shows the change.</source>
        <translation>%1 fijado en %2: el mapa de salida muestra el cambio.</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>Seleccionar %1</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>Editar valor…</translation>
    </message>
    <message>
        <source>Edit value… (pause training first)</source>
        <translation>Editar valor… (pausa antes el entrenamiento)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;not a parameter of this model</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;no es un parámetro de este modelo</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>gradient dL/d%1</source>
        <translation>gradiente dL/d%1</translation>
    </message>
    <message>
        <source>last update</source>
        <translation>última actualización</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3step %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3paso %4</translation>
    </message>
    <message>
        <source>between -1,000,000 and 1,000,000</source>
        <translation>entre -1.000.000 y 1.000.000</translation>
    </message>
    <message>
        <source>New value of %1</source>
        <translation>Nuevo valor de %1</translation>
    </message>
    <message>
        <source>New value of %1: type a number and press Enter (Escape cancels).</source>
        <translation>Nuevo valor de %1: escribe un número y pulsa Intro (Esc cancela).</translation>
    </message>
    <message>
        <source>a number, e.g. -0.25</source>
        <translation>un número, p. ej. -0.25</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: type a value such as -0.25 or 1e-3.</source>
        <translation>«%1» no es un número: escribe un valor como -0.25 o 1e-3.</translation>
    </message>
    <message>
        <source>%1 must be %2; &apos;%3&apos; is not.</source>
        <translation>%1 debe estar %2; «%3» no lo está.</translation>
    </message>
</context>
<context>
    <name>Divergence</name>
    <message>
        <source>The loss became infinite at step %1: the learning rate %2 is too large for this model. Try %3, then Reset: from the same start it trained (the loss fell over %4 test steps). The parameters were put back to their values at step %5, the last ones known to be finite.</source>
        <translation>La pérdida se volvió infinita en el paso %1: la tasa de aprendizaje %2 es demasiado grande para este modelo. Prueba %3 y luego Reiniciar: desde el mismo inicio entrenó (la pérdida bajó a lo largo de %4 pasos de prueba). Los parámetros se devolvieron a sus valores del paso %5, los últimos que se sabe que eran finitos.</translation>
    </message>
    <message>
        <source>The weights exploded (past a million) at step %1: the learning rate %2 is too large for this model. Try %3, then Reset: from the same start it trained (the loss fell over %4 test steps). The parameters were put back to their values at step %5, the last ones known to be finite.</source>
        <translation>Los pesos explotaron (más de un millón) en el paso %1: la tasa de aprendizaje %2 es demasiado grande para este modelo. Prueba %3 y luego Reiniciar: desde el mismo inicio entrenó (la pérdida bajó a lo largo de %4 pasos de prueba). Los parámetros se devolvieron a sus valores del paso %5, los últimos que se sabe que eran finitos.</translation>
    </message>
    <message>
        <source>The loss became infinite at step %1: the learning rate %2 is too large for this model. Try %3, then Reset. The parameters were put back to their values at step %4, the last ones known to be finite.</source>
        <translation>La pérdida se volvió infinita en el paso %1: la tasa de aprendizaje %2 es demasiado grande para este modelo. Prueba %3 y luego Reiniciar. Los parámetros se devolvieron a sus valores del paso %4, los últimos que se sabe que eran finitos.</translation>
    </message>
    <message>
        <source>The weights exploded (past a million) at step %1: the learning rate %2 is too large for this model. Try %3, then Reset. The parameters were put back to their values at step %4, the last ones known to be finite.</source>
        <translation>Los pesos explotaron (más de un millón) en el paso %1: la tasa de aprendizaje %2 es demasiado grande para este modelo. Prueba %3 y luego Reiniciar. Los parámetros se devolvieron a sus valores del paso %4, los últimos que se sabe que eran finitos.</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Hyperparameters — you choose these</source>
        <translation>Hiperparámetros — los eliges tú</translation>
    </message>
    <message>
        <source>Parameters — the model learns these</source>
        <translation>Parámetros — los aprende el modelo</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Runs — every run&apos;s name, what it changes from the current run, its steps and losses</source>
        <translation>Ejecuciones — el nombre de cada ejecución, qué cambia respecto a la actual, sus pasos y pérdidas</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>DocumentEdits</name>
    <message>
        <source>learned parameters were given for data that cannot be trained on</source>
        <translation>se dieron parámetros aprendidos para datos con los que no se puede entrenar</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>the input feature %1 needs a second coordinate x2, but this dataset has only x1; turn it off</source>
        <translation>la característica de entrada %1 necesita una segunda coordenada x2, pero este conjunto de datos solo tiene x1; desactívala</translation>
    </message>
    <message>
        <source>choose at least one input feature</source>
        <translation>elige al menos una característica de entrada</translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG vector drawing (*.svg)</source>
        <translation>Dibujo vectorial SVG (*.svg)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot encode the image for %1</source>
        <translation>No se puede codificar la imagen para %1</translation>
    </message>
    <message>
        <source>&amp;Figure</source>
        <translation>&amp;Figura</translation>
    </message>
    <message>
        <source>&amp;Window as PNG…</source>
        <translation>&amp;Ventana como PNG…</translation>
    </message>
    <message>
        <source>Save a picture of the whole window, as it is now.</source>
        <translation>Guarda una imagen de toda la ventana, tal como está ahora.</translation>
    </message>
    <message>
        <source>Save the %1 as a PNG image or an SVG drawing.</source>
        <translation>Guarda «%1» como imagen PNG o dibujo SVG.</translation>
    </message>
    <message>
        <source>Save figure…</source>
        <translation>Guardar figura…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2 KB)</source>
        <translation>%1 guardado (%2 KB)</translation>
    </message>
    <message>
        <source>Saved %1 (%2×%3 px)</source>
        <translation>%1 guardado (%2×%3 px)</translation>
    </message>
    <message>
        <source>Could not export the %1 to %2.

%3</source>
        <translation>No se pudo exportar «%1» a %2.

%3</translation>
    </message>
    <message>
        <source>Export window</source>
        <translation>Exportar ventana</translation>
    </message>
    <message>
        <source>Could not export the window to %1.

%2</source>
        <translation>No se pudo exportar la ventana a %1.

%2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>GradientDesk sessions (*.gdesk);;All files (*)</source>
        <translation>Sesiones de GradientDesk (*.gdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Model as JSON (*.json)</source>
        <translation>Modelo como JSON (*.json)</translation>
    </message>
    <message>
        <source>Model as NumPy archive (*.npz)</source>
        <translation>Modelo como archivo NumPy (*.npz)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start over with an empty canvas.</source>
        <translation>Empieza de nuevo con un lienzo vacío.</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a session or lesson file (.gdesk).</source>
        <translation>Abre un archivo de sesión o de lección (.gdesk).</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save data, model, hyperparameters and learned parameters.</source>
        <translation>Guarda los datos, el modelo, los hiperparámetros y los parámetros aprendidos.</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save under a new name.</source>
        <translation>Guarda con otro nombre.</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Load points from a CSV file (with a preview; undoable).</source>
        <translation>Carga puntos de un archivo CSV (con vista previa; se puede deshacer).</translation>
    </message>
    <message>
        <source>Export data as &amp;CSV...</source>
        <translation>Exportar datos como CS&amp;V…</translation>
    </message>
    <message>
        <source>Write x1, x2, label or target and split of every point.</source>
        <translation>Escribe x1, x2, la etiqueta o el objetivo y la partición de cada punto.</translation>
    </message>
    <message>
        <source>Export trained &amp;model...</source>
        <translation>Exportar &amp;modelo entrenado…</translation>
    </message>
    <message>
        <source>Write the learned parameters and the architecture needed to use them (JSON or NPZ). Hyperparameters are not part of a trained model.</source>
        <translation>Escribe los parámetros aprendidos y la arquitectura necesaria para usarlos (JSON o NPZ). Los hiperparámetros no forman parte de un modelo entrenado.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>Open a session or lesson</source>
        <translation>Abrir una sesión o una lección</translation>
    </message>
    <message>
        <source>%1 was not opened: %2</source>
        <translation>%1 no se abrió: %2</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>Opened %1: %2.</source>
        <translation>%1 abierto: %2.</translation>
    </message>
    <message>
        <source>Save the session as</source>
        <translation>Guardar la sesión como</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 no se guardó: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Import points from a CSV file</source>
        <translation>Importar puntos de un archivo CSV</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Imported %1 from %2 (Undo takes it back).</source>
        <translation>Importado %1 de %2 (Deshacer lo revierte).</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>The canvas is empty.</source>
        <translation>El lienzo está vacío.</translation>
    </message>
    <message>
        <source>Export the points as CSV</source>
        <translation>Exportar los puntos como CSV</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Exported %1 points to %2.</source>
        <translation>%1 puntos exportados a %2.</translation>
    </message>
    <message>
        <source>No trained model</source>
        <translation>No hay modelo entrenado</translation>
    </message>
    <message>
        <source>Nothing exported: %1.</source>
        <translation>No se exportó nada: %1.</translation>
    </message>
    <message>
        <source>Export the trained model</source>
        <translation>Exportar el modelo entrenado</translation>
    </message>
    <message>
        <source>Exported the trained model&apos;s parameters to %1.</source>
        <translation>Parámetros del modelo entrenado exportados a %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>¿Guardar los cambios en %1?</translation>
    </message>
    <message>
        <source>Your points, model and learned parameters are lost if you do not save them.</source>
        <translation>Tus puntos, tu modelo y los parámetros aprendidos se pierden si no los guardas.</translation>
    </message>
    <message>
        <source>Autosave is off: this system has no folder for application data.</source>
        <translation>El guardado automático está desactivado: este sistema no tiene carpeta para datos de aplicaciones.</translation>
    </message>
</context>
<context>
    <name>ForwardPass</name>
    <message>
        <source>Pick the &lt;b&gt;Inspect&lt;/b&gt; tool (I) and click a data point — or Shift+click anywhere on the canvas — to see what the model computes for it, layer by layer, with the real numbers.</source>
        <translation>Elige la herramienta &lt;b&gt;Inspeccionar&lt;/b&gt; (I) y haz clic en un punto de datos — o Mayús+clic en cualquier lugar del lienzo — para ver lo que el modelo calcula para él, capa a capa, con los números reales.</translation>
    </message>
    <message>
        <source>… %1 more rows</source>
        <translation>… %1 filas más</translation>
    </message>
    <message>
        <source>The model is not ready for these data yet.</source>
        <translation>El modelo todavía no está listo para estos datos.</translation>
    </message>
    <message>
        <source>data point #%1</source>
        <translation>punto de datos n.º %1</translation>
    </message>
    <message>
        <source>a position with no data point</source>
        <translation>una posición sin punto de datos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point (%1)&lt;/b&gt;: %2 · parameters of step %3</source>
        <translation>&lt;b&gt;Punto (%1)&lt;/b&gt;: %2 · parámetros del paso %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input features&lt;/b&gt;  x = (%1)</source>
        <translation>&lt;b&gt;Características de entrada&lt;/b&gt;  x = (%1)</translation>
    </message>
    <message>
        <source>,  %1 = f(%2) with %3</source>
        <translation>,  %1 = f(%2) con %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prediction: &lt;span style=&apos;color:%1&apos;&gt;class %2&lt;/span&gt;&lt;/b&gt;   (output %3)</source>
        <translation>&lt;b&gt;Predicción: &lt;span style=&apos;color:%1&apos;&gt;clase %2&lt;/span&gt;&lt;/b&gt;   (salida %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prediction: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Predicción: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconstruction: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reconstrucción: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Target: none (not a data point), so no loss and no gradient.
Click a data point to see its loss and the gradient it contributes.</source>
        <translation>Objetivo: ninguno (no es un punto de datos), así que no hay pérdida ni gradiente.
Haz clic en un punto de datos para ver su pérdida y el gradiente que aporta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target: class %1&lt;/b&gt;   (encoded as %2)</source>
        <translation>&lt;b&gt;Objetivo: clase %1&lt;/b&gt;   (codificado como %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Objetivo: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target: the point itself&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Objetivo: el propio punto&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loss for this point (%1): %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pérdida de este punto (%1): %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>
&lt;b&gt;Gradient this point contributes&lt;/b&gt; (largest %1 of %2; click a name to select it)</source>
        <translation>
&lt;b&gt;Gradiente que aporta este punto&lt;/b&gt; (los %1 mayores de %2; haz clic en un nombre para seleccionarlo)</translation>
    </message>
    <message>
        <source>A minibatch step uses the mean of these over its %1 points (plus the penalty&apos;s gradient, if any).</source>
        <translation>Un paso de minilote usa la media de estos sobre sus %1 puntos (más el gradiente de la penalización, si la hay).</translation>
    </message>
</context>
<context>
    <name>GifRecording</name>
    <message>
        <source>Record GIF</source>
        <translation>Grabar GIF</translation>
    </message>
    <message>
        <source>Canvas only</source>
        <translation>Solo el lienzo</translation>
    </message>
    <message>
        <source>Canvas and loss plot side by side</source>
        <translation>Lienzo y gráfico de pérdida uno junto a otro</translation>
    </message>
    <message>
        <source>%1 frames per second</source>
        <translation>%1 fotogramas por segundo</translation>
    </message>
    <message>
        <source>The length</source>
        <translation>La duración</translation>
    </message>
    <message>
        <source>The width</source>
        <translation>El ancho</translation>
    </message>
    <message>
        <source>Frames wider than this are scaled down: smaller files, quicker to load in a slide.</source>
        <translation>Los fotogramas más anchos se reducen: archivos más pequeños, que cargan antes en una diapositiva.</translation>
    </message>
    <message>
        <source>Caption with step and loss, and a timeline bar</source>
        <translation>Leyenda con paso y pérdida, y una barra de tiempo</translation>
    </message>
    <message>
        <source>Start training when the recording starts</source>
        <translation>Iniciar el entrenamiento al empezar la grabación</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Grabar:</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>Fotogramas por segundo:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Width at most:</source>
        <translation>Ancho máximo:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>= %1 frames of %2 ms (at most %3)</source>
        <translation>= %1 fotogramas de %2 ms (como máximo %3)</translation>
    </message>
    <message>
        <source>= %1 frames of %2 ms</source>
        <translation>= %1 fotogramas de %2 ms</translation>
    </message>
    <message>
        <source>Not recorded: %1.</source>
        <translation>No grabado: %1.</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF animado (*.gif)</translation>
    </message>
    <message>
        <source>Record &amp;GIF…</source>
        <translation>Grabar &amp;GIF…</translation>
    </message>
    <message>
        <source>Record an animated GIF of the canvas (and the loss) while the model trains.</source>
        <translation>Graba un GIF animado del lienzo (y de la pérdida) mientras el modelo entrena.</translation>
    </message>
    <message>
        <source>GIF recording cancelled: no file was written.</source>
        <translation>Grabación del GIF cancelada: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 frames, %3 KB)</source>
        <translation>%1 guardado (%2 fotogramas, %3 KB)</translation>
    </message>
    <message>
        <source>GIF recording failed.</source>
        <translation>Falló la grabación del GIF.</translation>
    </message>
    <message>
        <source>The frame rate must be one of %1 frames per second.</source>
        <translation>Los fotogramas por segundo deben ser uno de estos valores: %1.</translation>
    </message>
    <message>
        <source>A GIF needs between 2 and %1 frames (asked for %2).</source>
        <translation>Un GIF necesita entre 2 y %1 fotogramas (se pidieron %2).</translation>
    </message>
    <message>
        <source>The width must be between %1 and %2 pixels.</source>
        <translation>El ancho debe estar entre %1 y %2 píxeles.</translation>
    </message>
    <message>
        <source>The file name must end in .gif: %1</source>
        <translation>El nombre del archivo debe terminar en .gif: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>época %1</translation>
    </message>
    <message>
        <source>train loss %1</source>
        <translation>pérdida de entrenamiento %1</translation>
    </message>
    <message>
        <source>test loss %1</source>
        <translation>pérdida de prueba %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>No frames were recorded.</source>
        <translation>No se grabó ningún fotograma.</translation>
    </message>
    <message>
        <source>A recording is already running.</source>
        <translation>Ya hay una grabación en curso.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the recording; no file is written.</source>
        <translation>Detiene la grabación; no se escribe ningún archivo.</translation>
    </message>
    <message>
        <source>Recording GIF: frame %1 of %2</source>
        <translation>Grabando GIF: fotograma %1 de %2</translation>
    </message>
    <message>
        <source>Encoding GIF: frame %1 of %2</source>
        <translation>Codificando GIF: fotograma %1 de %2</translation>
    </message>
</context>
<context>
    <name>HyperparameterChecks</name>
    <message>
        <source>%1 (%2) must be one of %3; got %4</source>
        <translation>%1 (%2) debe ser uno de estos valores: %3; valor recibido: %4</translation>
    </message>
    <message>
        <source>%1 (%2) must be a tuple of feature names</source>
        <translation>%1 (%2) debe ser una tupla de nombres de características</translation>
    </message>
    <message>
        <source>%1 (%2): unknown feature %3; choose from %4</source>
        <translation>%1 (%2): característica desconocida %3; elige entre %4</translation>
    </message>
    <message>
        <source>%1 (%2): a feature is listed twice</source>
        <translation>%1 (%2): una característica aparece dos veces</translation>
    </message>
    <message>
        <source>%1 (%2): choose at least one input feature</source>
        <translation>%1 (%2): elige al menos una característica de entrada</translation>
    </message>
    <message>
        <source>%1 (%2) must be a whole number; got %3</source>
        <translation>%1 (%2) debe ser un número entero; valor recibido: %3</translation>
    </message>
    <message>
        <source>%1 (%2) must be a finite number; got %3</source>
        <translation>%1 (%2) debe ser un número finito; valor recibido: %3</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>un número enorme</translation>
    </message>
    <message>
        <source>%1 (%2) must be between %3 and %4 (or 0 to turn it off); got %5</source>
        <translation>%1 (%2) debe estar entre %3 y %4 (o 0 para desactivarlo); valor recibido: %5</translation>
    </message>
    <message>
        <source>%1 (%2) must be between %3 and %4; got %5</source>
        <translation>%1 (%2) debe estar entre %3 y %4; valor recibido: %5</translation>
    </message>
    <message>
        <source>%1 (%2) must be a list of whole numbers, one per layer</source>
        <translation>%1 (%2) debe ser una lista de números enteros, uno por capa</translation>
    </message>
    <message>
        <source>%1 (%2): at most %3 hidden layers; got %4</source>
        <translation>%1 (%2): como máximo %3 capas ocultas; valor recibido: %4</translation>
    </message>
    <message>
        <source>%1 (%2): layer %3 must have between 1 and %4 neurons; got %5</source>
        <translation>%1 (%2): la capa %3 debe tener entre 1 y %4 neuronas; valor recibido: %5</translation>
    </message>
    <message>
        <source>%1 (%2) must be a list</source>
        <translation>%1 (%2) debe ser una lista</translation>
    </message>
    <message>
        <source>%1 (%2) must be a number; got %3</source>
        <translation>%1 (%2) debe ser un número; valor recibido: %3</translation>
    </message>
    <message>
        <source>%1 (%2) is far too large</source>
        <translation>%1 (%2) es demasiado grande</translation>
    </message>
    <message>
        <source>%1 (%2) must be text; got %3</source>
        <translation>%1 (%2) debe ser texto; valor recibido: %3</translation>
    </message>
</context>
<context>
    <name>HyperparameterEdits</name>
    <message>
        <source>Not changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Cambiar de modelo: %1</translation>
    </message>
    <message>
        <source>%1 cannot use the previous data: loaded the &apos;%2&apos; dataset (Undo brings the old data and model back).</source>
        <translation>%1 no puede usar los datos anteriores: se cargó el conjunto «%2» (Deshacer recupera los datos y el modelo anteriores).</translation>
    </message>
</context>
<context>
    <name>Hyperparameters</name>
    <message>
        <source>Hidden layer %1</source>
        <translation>Capa oculta %1</translation>
    </message>
    <message>
        <source>Neurons in hidden layer %1</source>
        <translation>Neuronas de la capa oculta %1</translation>
    </message>
    <message>
        <source>Neurons in hidden layer %1 (1 to %2).</source>
        <translation>Neuronas de la capa oculta %1 (de 1 a %2).</translation>
    </message>
    <message>
        <source>No hidden layer: inputs connect straight to the output.</source>
        <translation>Sin capa oculta: las entradas se conectan directamente a la salida.</translation>
    </message>
    <message>
        <source>+ layer</source>
        <translation>+ capa</translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one (more parameters; a fresh start).</source>
        <translation>Añade una capa oculta tras la última (más parámetros; un nuevo comienzo).</translation>
    </message>
    <message>
        <source>− layer</source>
        <translation>− capa</translation>
    </message>
    <message>
        <source>Remove the last hidden layer (fewer parameters; a fresh start).</source>
        <translation>Quita la última capa oculta (menos parámetros; un nuevo comienzo).</translation>
    </message>
    <message>
        <source>Not changed: at most %1 hidden layers.</source>
        <translation>Sin cambios: como máximo %1 capas ocultas.</translation>
    </message>
    <message>
        <source>Show or hide the %1 settings.</source>
        <translation>Muestra u oculta los ajustes «%1».</translation>
    </message>
    <message>
        <source>Changing this re-initializes the parameters (a fresh start)</source>
        <translation>Cambiarlo reinicializa los parámetros (un nuevo comienzo)</translation>
    </message>
    <message>
        <source>Applies on the next step; the learned parameters are kept</source>
        <translation>Se aplica en el siguiente paso; se conservan los parámetros aprendidos</translation>
    </message>
    <message>
        <source>x1·x2</source>
        <translation>x1·x2</translation>
    </message>
    <message>
        <source>sin x1</source>
        <translation>sen x1</translation>
    </message>
    <message>
        <source>sin x2</source>
        <translation>sen x2</translation>
    </message>
    <message>
        <source>The first coordinate of the point.</source>
        <translation>La primera coordenada del punto.</translation>
    </message>
    <message>
        <source>The second coordinate of the point.</source>
        <translation>La segunda coordenada del punto.</translation>
    </message>
    <message>
        <source>The first coordinate squared: lets a linear model bend along x1.</source>
        <translation>La primera coordenada al cuadrado: permite que un modelo lineal se curve a lo largo de x1.</translation>
    </message>
    <message>
        <source>The second coordinate squared: lets a linear model bend along x2.</source>
        <translation>La segunda coordenada al cuadrado: permite que un modelo lineal se curve a lo largo de x2.</translation>
    </message>
    <message>
        <source>The product of the coordinates: positive in two opposite quadrants, negative in the others.</source>
        <translation>El producto de las coordenadas: positivo en dos cuadrantes opuestos, negativo en los demás.</translation>
    </message>
    <message>
        <source>The sine of the first coordinate: waves along x1.</source>
        <translation>El seno de la primera coordenada: ondas a lo largo de x1.</translation>
    </message>
    <message>
        <source>The sine of the second coordinate: waves along x2.</source>
        <translation>El seno de la segunda coordenada: ondas a lo largo de x2.</translation>
    </message>
    <message>
        <source>Not available: these data have only one coordinate, x1.</source>
        <translation>No disponible: estos datos solo tienen una coordenada, x1.</translation>
    </message>
    <message>
        <source>Not changed: at least one input feature must stay on — the model needs an input.</source>
        <translation>Sin cambios: al menos una característica de entrada debe seguir activa — el modelo necesita una entrada.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Data (inputs)</source>
        <translation>Datos (entradas)</translation>
    </message>
    <message>
        <source>Optimization</source>
        <translation>Optimización</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Regularización</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>Inicialización</translation>
    </message>
    <message>
        <source>Show or hide the model settings.</source>
        <translation>Muestra u oculta los ajustes del modelo.</translation>
    </message>
    <message>
        <source>Show or hide the data (inputs) settings.</source>
        <translation>Muestra u oculta los ajustes de los datos (entradas).</translation>
    </message>
    <message>
        <source>Show or hide the optimization settings.</source>
        <translation>Muestra u oculta los ajustes de optimización.</translation>
    </message>
    <message>
        <source>Show or hide the regularization settings.</source>
        <translation>Muestra u oculta los ajustes de regularización.</translation>
    </message>
    <message>
        <source>Show or hide the initialization settings.</source>
        <translation>Muestra u oculta los ajustes de inicialización.</translation>
    </message>
    <message>
        <source>More settings</source>
        <translation>Más ajustes</translation>
    </message>
    <message>
        <source>Hover any name for an explanation. %1 marks settings whose change restarts from fresh parameters; the others apply on the next step.</source>
        <translation>Pasa el puntero por un nombre para ver una explicación. %1 marca los ajustes cuyo cambio vuelve a empezar con parámetros nuevos; los demás se aplican en el siguiente paso.</translation>
    </message>
    <message>
        <source>%1 (%2 changed)</source>
        <translation>%1 (cambios: %2)</translation>
    </message>
    <message>
        <source>Settings changed less often: output activation and loss, optimizer details, the learning-rate schedule and stop rules.</source>
        <translation>Ajustes que se cambian menos a menudo: activación de salida y pérdida, detalles del optimizador, el plan de la tasa de aprendizaje y las reglas de parada.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>Activación de salida</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Polynomial degree</source>
        <translation>Grado del polinomio</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Características de entrada</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Adam beta1</source>
        <translation>Adam beta1</translation>
    </message>
    <message>
        <source>Adam beta2</source>
        <translation>Adam beta2</translation>
    </message>
    <message>
        <source>RMSProp decay</source>
        <translation>Decaimiento de RMSProp</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Plan de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Schedule decay</source>
        <translation>Factor de decaimiento</translation>
    </message>
    <message>
        <source>Schedule period (epochs)</source>
        <translation>Periodo (épocas)</translation>
    </message>
    <message>
        <source>Stop after epochs</source>
        <translation>Parada tras (épocas)</translation>
    </message>
    <message>
        <source>Stop at training loss</source>
        <translation>Parada en pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation>Paciencia (parada temprana)</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>Tasa de regularización</translation>
    </message>
    <message>
        <source>Initial scale</source>
        <translation>Escala inicial</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Which kind of model learns from the data.</source>
        <translation>Qué tipo de modelo aprende de los datos.</translation>
    </message>
    <message>
        <source>Neurons in each hidden layer. More layers and neurons mean more parameters to learn.</source>
        <translation>Neuronas de cada capa oculta. Más capas y neuronas significan más parámetros que aprender.</translation>
    </message>
    <message>
        <source>The non-linear function each hidden neuron applies to its weighted sum.</source>
        <translation>La función no lineal que cada neurona oculta aplica a su suma ponderada.</translation>
    </message>
    <message>
        <source>What the last layer applies. &apos;auto&apos; picks sigmoid or softmax for classes, linear for numbers.</source>
        <translation>Lo que aplica la última capa. «auto» elige sigmoide o softmax para clases, lineal para números.</translation>
    </message>
    <message>
        <source>How the gap between prediction and target is measured. &apos;auto&apos; follows the task.</source>
        <translation>Cómo se mide la distancia entre la predicción y el objetivo. «auto» sigue la tarea.</translation>
    </message>
    <message>
        <source>Highest power of the inputs. Higher degrees bend more and can memorize noise.</source>
        <translation>Potencia más alta de las entradas. Los grados altos se curvan más y pueden memorizar el ruido.</translation>
    </message>
    <message>
        <source>How many directions PCA keeps. Each one is a column of learned weights.</source>
        <translation>Cuántas direcciones conserva PCA. Cada una es una columna de pesos aprendidos.</translation>
    </message>
    <message>
        <source>Which functions of the coordinates are fed to the model as inputs.</source>
        <translation>Qué funciones de las coordenadas recibe el modelo como entradas.</translation>
    </message>
    <message>
        <source>The rule that turns gradients into parameter updates. Switching keeps the weights.</source>
        <translation>La regla que convierte los gradientes en actualizaciones de los parámetros. Cambiarla conserva los pesos.</translation>
    </message>
    <message>
        <source>How big a step each update takes along the negative gradient.</source>
        <translation>Qué tamaño tiene el paso de cada actualización a lo largo del gradiente negativo.</translation>
    </message>
    <message>
        <source>For momentum and Nesterov: how much of the previous step is kept (0 = plain SGD).</source>
        <translation>Para momentum y Nesterov: cuánto del paso anterior se conserva (0 = SGD simple).</translation>
    </message>
    <message>
        <source>For Adam: decay of the running mean of gradients.</source>
        <translation>Para Adam: decaimiento de la media móvil de los gradientes.</translation>
    </message>
    <message>
        <source>For Adam: decay of the running mean of squared gradients.</source>
        <translation>Para Adam: decaimiento de la media móvil de los gradientes al cuadrado.</translation>
    </message>
    <message>
        <source>For RMSProp: how much of the running mean of squared gradients is kept each step.</source>
        <translation>Para RMSProp: cuánto de la media móvil de los gradientes al cuadrado se conserva en cada paso.</translation>
    </message>
    <message>
        <source>For AdaGrad, RMSProp and Adam: a tiny number that avoids dividing by zero.</source>
        <translation>Para AdaGrad, RMSProp y Adam: un número diminuto que evita dividir entre cero.</translation>
    </message>
    <message>
        <source>Examples per update. At or above the training-set size: full-batch gradient descent.</source>
        <translation>Ejemplos por actualización. Desde el tamaño del conjunto de entrenamiento: descenso de gradiente por lote completo.</translation>
    </message>
    <message>
        <source>How the learning rate changes over epochs: fixed, in steps, exponentially, or a cosine.</source>
        <translation>Cómo cambia la tasa de aprendizaje con las épocas: fija, por escalones, exponencialmente o como un coseno.</translation>
    </message>
    <message>
        <source>Step: factor applied every period. Exponential: factor per period.</source>
        <translation>Escalonado: factor aplicado en cada periodo. Exponencial: factor por periodo.</translation>
    </message>
    <message>
        <source>Epochs per decay step, or the length of one cosine cycle.</source>
        <translation>Épocas por escalón de decaimiento, o la duración de un ciclo del coseno.</translation>
    </message>
    <message>
        <source>Stop training after this many epochs (0 = never).</source>
        <translation>Detiene el entrenamiento tras este número de épocas (0 = nunca).</translation>
    </message>
    <message>
        <source>Stop once the training loss is at or below this (0 = off).</source>
        <translation>Detiene el entrenamiento en cuanto la pérdida de entrenamiento llega a este valor o baja de él (0 = desactivado).</translation>
    </message>
    <message>
        <source>Stop when the test loss has not improved for this many epochs (0 = off).</source>
        <translation>Detiene el entrenamiento cuando la pérdida de prueba no ha mejorado durante este número de épocas (0 = desactivado).</translation>
    </message>
    <message>
        <source>A penalty on large weights: L1 pushes weights to exactly 0, L2 shrinks them all.</source>
        <translation>Una penalización de los pesos grandes: L1 lleva pesos exactamente a 0, L2 los reduce todos.</translation>
    </message>
    <message>
        <source>Strength of the penalty (lambda). Biases are never penalized.</source>
        <translation>Intensidad de la penalización (lambda). Los sesgos nunca se penalizan.</translation>
    </message>
    <message>
        <source>How the parameters start. All zeros makes every hidden neuron identical.</source>
        <translation>Cómo empiezan los parámetros. Todo ceros hace idénticas todas las neuronas ocultas.</translation>
    </message>
    <message>
        <source>For constant, uniform and normal initialization: the value, range or spread.</source>
        <translation>Para la inicialización constante, uniforme y normal: el valor, el rango o la dispersión.</translation>
    </message>
    <message>
        <source>Random seed for the initial parameters and the shuffling. Same seed, same run.</source>
        <translation>Semilla aleatoria de los parámetros iniciales y de la mezcla. Misma semilla, misma ejecución.</translation>
    </message>
    <message>
        <source>plain SGD</source>
        <translation>SGD simple</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Linear (identity)</source>
        <translation>Lineal (identidad)</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoide</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>SiLU (swish)</source>
        <translation>SiLU (swish)</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Error cuadrático medio</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Entropía cruzada binaria</translation>
    </message>
    <message>
        <source>Categorical cross-entropy</source>
        <translation>Entropía cruzada categórica</translation>
    </message>
    <message>
        <source>Reconstruction error (mean squared)</source>
        <translation>Error de reconstrucción (cuadrático medio)</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Momentum de Nesterov</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Escalonado</translation>
    </message>
    <message>
        <source>Exponential decay</source>
        <translation>Exponencial</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>Ceros</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Uniforme</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Glorot (Xavier)</source>
        <translation>Glorot (Xavier)</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>Linear regression</source>
        <translation>Regresión lineal</translation>
    </message>
    <message>
        <source>Polynomial regression</source>
        <translation>Regresión polinómica</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Regresión logística</translation>
    </message>
    <message>
        <source>Softmax regression</source>
        <translation>Regresión softmax</translation>
    </message>
    <message>
        <source>Neural network</source>
        <translation>Red neuronal</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>Linear regression: a weighted sum of the inputs plus a bias predicts a number.</source>
        <translation>Regresión lineal: una suma ponderada de las entradas más un sesgo predice un número.</translation>
    </message>
    <message>
        <source>Polynomial regression: a weighted sum of powers of the inputs, up to a chosen degree.</source>
        <translation>Regresión polinómica: una suma ponderada de potencias de las entradas, hasta un grado elegido.</translation>
    </message>
    <message>
        <source>Logistic regression: a weighted sum squashed by a sigmoid gives the probability of class 1.</source>
        <translation>Regresión logística: una suma ponderada comprimida por una sigmoide da la probabilidad de la clase 1.</translation>
    </message>
    <message>
        <source>Softmax regression: one weighted sum per class, turned into class probabilities.</source>
        <translation>Regresión softmax: una suma ponderada por clase, convertida en probabilidades de clase.</translation>
    </message>
    <message>
        <source>Neural network: layers of neurons, each a weighted sum followed by a non-linear activation.</source>
        <translation>Red neuronal: capas de neuronas, cada una una suma ponderada seguida de una activación no lineal.</translation>
    </message>
    <message>
        <source>PCA: learns the directions along which the data varies most (a linear autoencoder).</source>
        <translation>PCA: aprende las direcciones en las que los datos varían más (un autocodificador lineal).</translation>
    </message>
    <message>
        <source>Type 0, or move the slider to its left end, to turn it off.</source>
        <translation>Escribe 0, o lleva el control deslizante al extremo izquierdo, para desactivarlo.</translation>
    </message>
    <message>
        <source>The slider is logarithmic: each tenth of its length multiplies the value by the same factor.</source>
        <translation>El control deslizante es logarítmico: cada décima parte de su longitud multiplica el valor por el mismo factor.</translation>
    </message>
</context>
<context>
    <name>Landscape</name>
    <message>
        <source>loss (log scale)</source>
        <translation>pérdida (escala log)</translation>
    </message>
    <message>
        <source>&lt;b&gt;A 2-D slice&lt;/b&gt;: the loss as only &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; change; the other %3 parameters are held at their current values. The slice is recomputed when they have moved by 2% or the path leaves it, so its shape changes as training goes on.</source>
        <translation>&lt;b&gt;Un corte 2-D&lt;/b&gt;: la pérdida cuando solo cambian &lt;b&gt;%1&lt;/b&gt; y &lt;b&gt;%2&lt;/b&gt;; los otros %3 parámetros se mantienen en sus valores actuales. El corte se recalcula cuando se han movido un 2 % o el camino sale de él, así que su forma cambia a medida que avanza el entrenamiento.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The exact landscape&lt;/b&gt;: this model has only these two parameters, &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;. The arrow is the negative gradient: downhill, across the contour lines.</source>
        <translation>&lt;b&gt;El paisaje exacto&lt;/b&gt;: este modelo solo tiene estos dos parámetros, &lt;b&gt;%1&lt;/b&gt; y &lt;b&gt;%2&lt;/b&gt;. La flecha es el gradiente negativo: cuesta abajo, a través de las curvas de nivel.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; now · ○ start · &lt;b&gt;━&lt;/b&gt; path of the optimizer · &lt;b&gt;×&lt;/b&gt; lowest loss on the grid · colour: loss (log scale, dark = low)</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; ahora · ○ inicio · &lt;b&gt;━&lt;/b&gt; camino del optimizador · &lt;b&gt;×&lt;/b&gt; pérdida mínima de la rejilla · color: pérdida (escala log, oscuro = baja)</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primer cálculo</translation>
    </message>
    <message>
        <source>new pair</source>
        <translation>par nuevo</translation>
    </message>
    <message>
        <source>new data or settings</source>
        <translation>datos o ajustes nuevos</translation>
    </message>
    <message>
        <source>the path left the grid</source>
        <translation>el camino salió de la rejilla</translation>
    </message>
    <message>
        <source>the other parameters moved</source>
        <translation>los demás parámetros se movieron</translation>
    </message>
    <message>
        <source>Exact landscape (2 parameters)</source>
        <translation>Paisaje exacto (2 parámetros)</translation>
    </message>
    <message>
        <source>Exact landscape</source>
        <translation>Paisaje exacto</translation>
    </message>
    <message>
        <source>2-D slice: %1 other parameters held</source>
        <translation>Corte 2-D: %1 parámetros más fijos</translation>
    </message>
    <message>
        <source>2-D slice (%1 held)</source>
        <translation>Corte 2-D (%1 fijos)</translation>
    </message>
    <message>
        <source>The parameter along the horizontal axis (type to search).</source>
        <translation>El parámetro del eje horizontal (escribe para buscar).</translation>
    </message>
    <message>
        <source>The parameter along the vertical axis (type to search).</source>
        <translation>El parámetro del eje vertical (escribe para buscar).</translation>
    </message>
    <message>
        <source>Default pair</source>
        <translation>Par por defecto</translation>
    </message>
    <message>
        <source>Linear regression: its weight and bias. Other models: the first two weights of the selected parameter&apos;s layer.</source>
        <translation>Regresión lineal: su peso y su sesgo. Otros modelos: los dos primeros pesos de la capa del parámetro seleccionado.</translation>
    </message>
    <message>
        <source>horizontal</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <source>vertical</source>
        <translation>vertical</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>Esperando al modelo…</translation>
    </message>
    <message>
        <source>Pick two different parameters.</source>
        <translation>Elige dos parámetros distintos.</translation>
    </message>
    <message>
        <source>Computing the landscape…</source>
        <translation>Calculando el paisaje…</translation>
    </message>
    <message>
        <source>No landscape: %1</source>
        <translation>Sin paisaje: %1</translation>
    </message>
    <message>
        <source>Grid of %1×%2 computed by the trainer at step %3 in %4 ms (%5). Lowest loss on it: %6 at %7.</source>
        <translation>Rejilla de %1×%2 calculada por el entrenador en el paso %3 en %4 ms (%5). Pérdida mínima en ella: %6 en %7.</translation>
    </message>
    <message>
        <source> The loss is measured on a fixed sample of %1 of the %2 training points (the shape is the same; exact values differ a little).</source>
        <translation> La pérdida se mide sobre una muestra fija de %1 de los %2 puntos de entrenamiento (la forma es la misma; los valores exactos difieren un poco).</translation>
    </message>
    <message>
        <source>the model has no parameter %1</source>
        <translation>el modelo no tiene el parámetro %1</translation>
    </message>
    <message>
        <source>%1 has no entry %2 (its shape is %3)</source>
        <translation>%1 no tiene la entrada %2 (su forma es %3)</translation>
    </message>
    <message>
        <source>pick two different parameters</source>
        <translation>elige dos parámetros distintos</translation>
    </message>
    <message>
        <source>the grid needs finite, increasing ranges and 2 to 201 points a side</source>
        <translation>la cuadrícula necesita rangos finitos y crecientes y de 2 a 201 puntos por lado</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>Show GradientDesk in this language from its next start.</source>
        <translation>Muestra GradientDesk en este idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Language: %1. It applies when GradientDesk starts again.</source>
        <translation>Idioma: %1. Se aplica cuando GradientDesk se vuelva a iniciar.</translation>
    </message>
</context>
<context>
    <name>LessonAuthoring</name>
    <message>
        <source>Save as &amp;lesson…</source>
        <translation>Guardar como &amp;lección…</translation>
    </message>
    <message>
        <source>Make a lesson of what the window shows: its points, model and settings, with your title, goal and steps (each step may show a view or change a setting when the learner presses Next step).</source>
        <translation>Crea una lección con lo que muestra la ventana: sus puntos, modelo y ajustes, con tu título, objetivo y pasos (cada paso puede mostrar una vista o cambiar un ajuste cuando el alumno pulsa Siguiente paso).</translation>
    </message>
    <message>
        <source>Open lesson &amp;folder…</source>
        <translation>Abrir &amp;carpeta de lecciones…</translation>
    </message>
    <message>
        <source>Add a folder of your own lesson files (.md) to this menu and to the start page.</source>
        <translation>Añade una carpeta con tus propios archivos de lección (.md) a este menú y a la página de inicio.</translation>
    </message>
    <message>
        <source>Your lessons</source>
        <translation>Tus lecciones</translation>
    </message>
    <message>
        <source>Saved the lesson %1: open it with Lessons → Open lesson folder… or give the file to your class.</source>
        <translation>Lección %1 guardada: ábrela con Lecciones → Abrir carpeta de lecciones… o da el archivo a tu clase.</translation>
    </message>
    <message>
        <source>Save the lesson as</source>
        <translation>Guardar la lección como</translation>
    </message>
    <message>
        <source>Lesson (*.md)</source>
        <translation>Lección (*.md)</translation>
    </message>
    <message>
        <source>Open a folder of lessons</source>
        <translation>Abrir una carpeta de lecciones</translation>
    </message>
    <message>
        <source>Lessons in %1</source>
        <translation>Lecciones de %1</translation>
    </message>
    <message>
        <source>%1 (cannot be opened)</source>
        <translation>%1 (no se puede abrir)</translation>
    </message>
    <message>
        <source>No lesson files (.md) in this folder</source>
        <translation>No hay archivos de lección (.md) en esta carpeta</translation>
    </message>
    <message>
        <source>1 lesson from %1; %2 with a mistake (see their tooltips).</source>
        <translation>1 lección de %1; %2 con un error (mira sus descripciones emergentes).</translation>
    </message>
    <message>
        <source>1 lesson from %1.</source>
        <translation>1 lección de %1.</translation>
    </message>
    <message>
        <source>%1 lessons from %2; %3 with a mistake (see their tooltips).</source>
        <translation>%1 lecciones de %2; %3 con un error (mira sus descripciones emergentes).</translation>
    </message>
    <message>
        <source>%1 lessons from %2.</source>
        <translation>%1 lecciones de %2.</translation>
    </message>
    <message>
        <source>Press Play (Space) and watch the Loss plot.</source>
        <translation>Pulsa Iniciar (Espacio) y observa la gráfica de pérdida.</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>Save as lesson</source>
        <translation>Guardar como lección</translation>
    </message>
    <message>
        <source>The lesson&apos;s title in the Lessons menu and on the start page.</source>
        <translation>El título de la lección en el menú Lecciones y en la página de inicio.</translation>
    </message>
    <message>
        <source>What the learner should understand afterwards, in one or two sentences.</source>
        <translation>Lo que el alumno debería entender después, en una o dos frases.</translation>
    </message>
    <message>
        <source> steps/s</source>
        <translation> pasos/s</translation>
    </message>
    <message>
        <source>The training speed the lesson sets (slow enough to watch each step).</source>
        <translation>La velocidad de entrenamiento que fija la lección (lo bastante lenta para seguir cada paso).</translation>
    </message>
    <message>
        <source>The view the stage shows when the lesson opens.</source>
        <translation>La vista que muestra el escenario al abrirse la lección.</translation>
    </message>
    <message>
        <source>The steps in order; select one to edit it.</source>
        <translation>Los pasos en orden; selecciona uno para editarlo.</translation>
    </message>
    <message>
        <source>What the learner does and what they should notice.</source>
        <translation>Lo que hace el alumno y en qué debería fijarse.</translation>
    </message>
    <message>
        <source>Next step shows this view on reaching the step.</source>
        <translation>Siguiente paso muestra esta vista al llegar al paso.</translation>
    </message>
    <message>
        <source>Next step sets this hyperparameter on reaching the step.</source>
        <translation>Siguiente paso fija este hiperparámetro al llegar al paso.</translation>
    </message>
    <message>
        <source>value, e.g. 0.05</source>
        <translation>valor, p. ej. 0.05</translation>
    </message>
    <message>
        <source>then Reset</source>
        <translation>luego Reiniciar</translation>
    </message>
    <message>
        <source>Next step also resets the run (fresh parameters from the seed).</source>
        <translation>Siguiente paso también reinicia la ejecución (parámetros nuevos a partir de la semilla).</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>What you should see (optional): the result the steps lead to.</source>
        <translation>Lo que deberías ver (opcional): el resultado al que llevan los pasos.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Start on</source>
        <translation>Empezar en</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Next step shows</source>
        <translation>Siguiente paso muestra</translation>
    </message>
    <message>
        <source>and sets</source>
        <translation>y fija</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pasos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>step %1: %2 %3 is refused: %4</source>
        <translation>paso %1: %2 %3 no se acepta: %4</translation>
    </message>
    <message>
        <source>step %1 has no text</source>
        <translation>el paso %1 no tiene texto</translation>
    </message>
    <message>
        <source>the lesson needs a title</source>
        <translation>la lección necesita un título</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <source>Not saved: cannot write %1: %2</source>
        <translation>No se ha guardado: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the %1 preset (%2 points, seed %3)</source>
        <translation>el conjunto %1 (%2 puntos, semilla %3)</translation>
    </message>
    <message>
        <source>these %1 points, in a CSV file beside the lesson</source>
        <translation>estos %1 puntos, en un archivo CSV junto a la lección</translation>
    </message>
    <message>
        <source>the default settings</source>
        <translation>los ajustes por defecto</translation>
    </message>
    <message>
        <source>The lesson opens with %1 and the model as set now (%2), from fresh parameters. It says only what you write here.</source>
        <translation>La lección se abre con %1 y el modelo tal como está ahora (%2), con parámetros nuevos. Solo dice lo que escribas aquí.</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>No lesson is open. Choose one in the Lessons menu.</source>
        <translation>No hay ninguna lección abierta. Elige una en el menú Lecciones.</translation>
    </message>
    <message>
        <source>All steps done — on to the next lesson!</source>
        <translation>Todos los pasos hechos — ¡a por la siguiente lección!</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>Tick the step when you have done it.</source>
        <translation>Marca el paso cuando lo hayas hecho.</translation>
    </message>
    <message>
        <source>Steps (tick each one when done)</source>
        <translation>Pasos (marca cada uno al terminarlo)</translation>
    </message>
    <message>
        <source>Next step ▶</source>
        <translation>Siguiente paso ▶</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Open the previous lesson.</source>
        <translation>Abre la lección anterior.</translation>
    </message>
    <message>
        <source>All lessons…</source>
        <translation>Todas las lecciones…</translation>
    </message>
    <message>
        <source>Show every lesson with its goal.</source>
        <translation>Muestra cada lección con su objetivo.</translation>
    </message>
    <message>
        <source>Next lesson ▶</source>
        <translation>Lección siguiente ▶</translation>
    </message>
    <message>
        <source>Open the next lesson.</source>
        <translation>Abre la lección siguiente.</translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation>Lección sin título</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Lección %1 de %2</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goal:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Objetivo:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you should see:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Lo que deberías ver:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 de %2 pasos hechos</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>&amp;All lessons…</source>
        <translation>&amp;Todas las lecciones…</translation>
    </message>
    <message>
        <source>Every lesson with its goal: choose one to set it up.</source>
        <translation>Cada lección con su objetivo: elige una para prepararla.</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Página de inicio</translation>
    </message>
    <message>
        <source>The lessons, free play with the preset datasets, recent files.</source>
        <translation>Las lecciones, juego libre con los conjuntos predefinidos, archivos recientes.</translation>
    </message>
    <message>
        <source>No lessons installed</source>
        <translation>No hay lecciones instaladas</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>Lección &amp;anterior</translation>
    </message>
    <message>
        <source>Open the previous lesson.</source>
        <translation>Abre la lección anterior.</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>Lección si&amp;guiente</translation>
    </message>
    <message>
        <source>Open the next lesson.</source>
        <translation>Abre la lección siguiente.</translation>
    </message>
    <message>
        <source>Show the Lesson &amp;panel</source>
        <translation>Mostrar el pa&amp;nel de la lección</translation>
    </message>
    <message>
        <source>Lesson %1 of %2: </source>
        <translation>Lección %1 de %2: </translation>
    </message>
    <message>
        <source>Lesson: </source>
        <translation>Lección: </translation>
    </message>
    <message>
        <source>the file has no lesson text</source>
        <translation>el archivo no tiene texto de lección</translation>
    </message>
    <message>
        <source>The lesson &apos;%1&apos; cannot be opened: %2</source>
        <translation>No se puede abrir la lección «%1»: %2</translation>
    </message>
    <message>
        <source>%1 Follow the steps in the Lesson panel.</source>
        <translation>%1 Sigue los pasos del panel de la lección.</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>%1 must be a number between -1,000,000 and 1,000,000; got %2</source>
        <translation>%1 debe ser un número entre -1.000.000 y 1.000.000; valor recibido: %2</translation>
    </message>
    <message>
        <source>%1 must be numbers between -1,000,000 and 1,000,000; found %2</source>
        <translation>%1 deben ser números entre -1.000.000 y 1.000.000; se encontró %2</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>data changed</source>
        <translation>datos cambiados</translation>
    </message>
    <message>
        <source>The data changed here; the parameters were kept. The losses after this line are measured on the new data.</source>
        <translation>Aquí cambiaron los datos; los parámetros se conservaron. Las pérdidas tras esta línea se miden sobre los datos nuevos.</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
    <message>
        <source>Training diverged here: the loss ran away (the part above the plot is cut off). The model shown is the last one with finite parameters, from before this line.</source>
        <translation>Aquí divergió el entrenamiento: la pérdida se disparó (la parte por encima del gráfico está cortada). El modelo mostrado es el último con parámetros finitos, de antes de esta línea.</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <source>explained variance</source>
        <translation>varianza explicada</translation>
    </message>
    <message>
        <source>far worse than predicting the mean</source>
        <translation>mucho peor que predecir la media</translation>
    </message>
    <message>
        <source>train loss %1</source>
        <translation>pérdida de entrenamiento %1</translation>
    </message>
    <message>
        <source>test loss %1</source>
        <translation>pérdida de prueba %1</translation>
    </message>
    <message>
        <source>test %1 %2</source>
        <translation>%1 de prueba %2</translation>
    </message>
    <message>
        <source>train %1 %2</source>
        <translation>%1 de entrenamiento %2</translation>
    </message>
    <message>
        <source>diverged at step %1 · before it: </source>
        <translation>divergió en el paso %1 · antes: </translation>
    </message>
    <message>
        <source>test %1 = %2: below %3, the model&apos;s error is over %4 times that of predicting the mean of the targets.</source>
        <translation>%1 de prueba = %2: por debajo de %3, el error del modelo es más de %4 veces el de predecir la media de los objetivos.</translation>
    </message>
    <message>
        <source>train %1 = %2: below %3, the model&apos;s error is over %4 times that of predicting the mean of the targets.</source>
        <translation>%1 de entrenamiento = %2: por debajo de %3, el error del modelo es más de %4 veces el de predecir la media de los objetivos.</translation>
    </message>
    <message>
        <source>Estimated on %1 of %2 training points while training runs (exact when paused).</source>
        <translation>Estimado sobre %1 de %2 puntos de entrenamiento mientras se entrena (exacto en pausa).</translation>
    </message>
    <message>
        <source>Estimated on %1 of %2 training and %3 of %4 test points while training runs (exact when paused).</source>
        <translation>Estimado sobre %1 de %2 puntos de entrenamiento y %3 de %4 de prueba mientras se entrena (exacto en pausa).</translation>
    </message>
    <message>
        <source>No training yet: press Play or Step.</source>
        <translation>Aún no hay entrenamiento: pulsa Iniciar o Paso.</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>escala log</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: small losses stay visible.</source>
        <translation>Muestra la pérdida en un eje logarítmico: las pérdidas pequeñas siguen visibles.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>Off the scale: the loss ran away here (training diverged).</source>
        <translation>Fuera de escala: aquí la pérdida se disparó (el entrenamiento divergió).</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
</context>
<context>
    <name>Losses</name>
    <message>
        <source>A softmax output gives class probabilities; for numbers use a linear output.</source>
        <translation>Una salida softmax da probabilidades de clase; para números usa una salida lineal.</translation>
    </message>
    <message>
        <source>Cross-entropy compares class probabilities; for numbers use mean squared error.</source>
        <translation>La entropía cruzada compara probabilidades de clase; para números usa el error cuadrático medio.</translation>
    </message>
    <message>
        <source>Binary cross-entropy needs a sigmoid output and two classes; set the output activation to sigmoid (or auto), or the loss to auto.</source>
        <translation>La entropía cruzada binaria necesita una salida sigmoide y dos clases; pon la activación de salida en sigmoide (o auto), o la pérdida en auto.</translation>
    </message>
    <message>
        <source>Categorical cross-entropy needs a softmax output; set the output activation to softmax (or auto), or the loss to auto.</source>
        <translation>La entropía cruzada categórica necesita una salida softmax; pon la activación de salida en softmax (o auto), o la pérdida en auto.</translation>
    </message>
    <message>
        <source>%1 cannot use the loss %2; choose one of %3.</source>
        <translation>%1 no puede usar la pérdida %2; elige una de: %3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Space	Play / pause
Right	One step (one minibatch)
Shift+Right	Finish the epoch
R	Reset the parameters (same seed, same start)
Ctrl+Z / Ctrl+Shift+Z	Undo / redo a data edit
Left drag	Draw points
Right drag	Erase points
Ctrl+1 … Ctrl+7	Show a view on the stage (diagram, weight maps, traces, update, landscape, forward pass, scale)
Ctrl+0	Canvas beside the view, or the view alone
Ctrl+9	All views at once
Ctrl+Shift+C	Compare runs
N	Next step of a lesson
F5	Presentation mode
Ctrl+Q	Quit</source>
        <translation>Espacio	Iniciar / pausar
Derecha	Un paso (un minilote)
Mayús+Derecha	Terminar la época
R	Reiniciar los parámetros (misma semilla, mismo inicio)
Ctrl+Z / Ctrl+Mayús+Z	Deshacer / rehacer un cambio de datos
Arrastrar con el izquierdo	Dibujar puntos
Arrastrar con el derecho	Borrar puntos
Ctrl+1 … Ctrl+7	Mostrar una vista en el escenario (diagrama, mapas de pesos, trazas, actualización, paisaje, paso hacia delante, escala)
Ctrl+0	El lienzo junto a la vista, o la vista sola
Ctrl+9	Todas las vistas a la vez
Ctrl+Mayús+C	Comparar ejecuciones
N	Siguiente paso de una lección
F5	Modo presentación
Ctrl+Q	Salir</translation>
    </message>
    <message>
        <source>&lt;b&gt;GradientDesk&lt;/b&gt;&lt;p&gt;See a model learn: gradient descent moves every weight and bias, live.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Parameters&lt;/b&gt; (weights, biases) are learned. &lt;b&gt;Hyperparameters&lt;/b&gt; (learning rate, layers, batch size, ...) are chosen by you, before training.&lt;/p&gt;</source>
        <translation>&lt;b&gt;GradientDesk&lt;/b&gt;&lt;p&gt;Mira cómo aprende un modelo: el descenso de gradiente mueve cada peso y cada sesgo, en directo.&lt;/p&gt;&lt;p&gt;Los &lt;b&gt;parámetros&lt;/b&gt; (pesos, sesgos) se aprenden. Los &lt;b&gt;hiperparámetros&lt;/b&gt; (tasa de aprendizaje, capas, tamaño de lote, ...) los eliges tú, antes de entrenar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>Gráfica de pérdida</translation>
    </message>
    <message>
        <source>Scale ladder</source>
        <translation>Escalera de tamaños</translation>
    </message>
    <message>
        <source>Press Play (Space) to train, or draw points on the canvas.</source>
        <translation>Pulsa Iniciar (Espacio) para entrenar, o dibuja puntos en el lienzo.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Close GradientDesk (training stops).</source>
        <translation>Cierra GradientDesk (el entrenamiento se detiene).</translation>
    </message>
    <message>
        <source>&amp;Clear all points</source>
        <translation>&amp;Borrar todos los puntos</translation>
    </message>
    <message>
        <source>Remove every point from the canvas (undoable).</source>
        <translation>Quita todos los puntos del lienzo (se puede deshacer).</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>Restablecer &amp;diseño</translation>
    </message>
    <message>
        <source>Put every panel back where it started.</source>
        <translation>Devuelve cada panel a su sitio inicial.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About GradientDesk</source>
        <translation>&amp;Acerca de GradientDesk</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About GradientDesk</source>
        <translation>Acerca de GradientDesk</translation>
    </message>
    <message>
        <source>%1[*] — GradientDesk — %2</source>
        <translation>%1[*] — GradientDesk — %2</translation>
    </message>
    <message>
        <source>Finishing the current computation…</source>
        <translation>Terminando el cálculo en curso…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>E&amp;ntrenamiento</translation>
    </message>
    <message>
        <source>&amp;Experiments</source>
        <translation>E&amp;xperimentos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>ModelTexts</name>
    <message>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>salida %1</translation>
    </message>
    <message>
        <source>%1: a scaled Legendre polynomial of x/6, a well-conditioned stand-in for the power %2</source>
        <translation>%1: un polinomio de Legendre escalado de x/6, un sustituto bien condicionado de la potencia %2</translation>
    </message>
    <message>
        <source>%1: computed from the point&apos;s coordinates</source>
        <translation>%1: calculada a partir de las coordenadas del punto</translation>
    </message>
    <message>
        <source>Layer %1 (hidden, %2 neurons)</source>
        <translation>Capa %1 (oculta, %2 neuronas)</translation>
    </message>
    <message>
        <source>Layer %1 (hidden, %2 neuron)</source>
        <translation>Capa %1 (oculta, %2 neurona)</translation>
    </message>
    <message>
        <source>Layer %1 (output, %2 neurons)</source>
        <translation>Capa %1 (salida, %2 neuronas)</translation>
    </message>
    <message>
        <source>Layer %1 (output, %2 neuron)</source>
        <translation>Capa %1 (salida, %2 neurona)</translation>
    </message>
    <message>
        <source>Encode (%1 components)</source>
        <translation>Codificar (%1 componentes)</translation>
    </message>
    <message>
        <source>Encode (%1 component)</source>
        <translation>Codificar (%1 componente)</translation>
    </message>
    <message>
        <source>Decode (reconstruction)</source>
        <translation>Decodificar (reconstrucción)</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>error cuadrático</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>entropía cruzada binaria</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <source>reconstruction error</source>
        <translation>error de reconstrucción</translation>
    </message>
    <message>
        <source>the weight (or bias): after the step on the left of ←, before it on the right</source>
        <translation>el peso (o el sesgo): a la izquierda de ←, después del paso; a la derecha, antes</translation>
    </message>
    <message>
        <source>&apos;becomes&apos;: the value after this step</source>
        <translation>«pasa a ser»: el valor después de este paso</translation>
    </message>
    <message>
        <source>the learning rate of this step</source>
        <translation>la tasa de aprendizaje de este paso</translation>
    </message>
    <message>
        <source>the gradient of the loss on this step&apos;s minibatch: how the loss changes with w</source>
        <translation>el gradiente de la pérdida en el minilote de este paso: cómo cambia la pérdida con w</translation>
    </message>
    <message>
        <source>the gradient the optimizer uses: ∂L/∂w plus the penalty&apos;s gradient</source>
        <translation>el gradiente que usa el optimizador: ∂L/∂w más el gradiente de la penalización</translation>
    </message>
    <message>
        <source>the regularization strength; L2 adds λ·w to the gradient, L1 adds λ·sign(w); biases never</source>
        <translation>la fuerza de la regularización; L2 suma λ·w al gradiente, L1 suma λ·sign(w); a los sesgos, nunca</translation>
    </message>
    <message>
        <source>the velocity: a running sum of past gradients, each step shrunk by μ</source>
        <translation>la velocidad: una suma acumulada de los gradientes pasados, reducida por μ en cada paso</translation>
    </message>
    <message>
        <source>the momentum: how much of the velocity is kept</source>
        <translation>el momentum: cuánto de la velocidad se conserva</translation>
    </message>
    <message>
        <source>the momentum; Nesterov steps along g + μ·v, a look ahead</source>
        <translation>el momentum; Nesterov avanza según g + μ·v, una mirada hacia delante</translation>
    </message>
    <message>
        <source>the sum of all squared gradients so far: frequently large gradients get small steps</source>
        <translation>la suma de todos los gradientes al cuadrado hasta ahora: los gradientes a menudo grandes reciben pasos pequeños</translation>
    </message>
    <message>
        <source>a tiny number that avoids dividing by zero</source>
        <translation>un número diminuto que evita dividir entre cero</translation>
    </message>
    <message>
        <source>a running mean of squared gradients</source>
        <translation>una media móvil de los gradientes al cuadrado</translation>
    </message>
    <message>
        <source>how much of s is kept each step</source>
        <translation>cuánto de s se conserva en cada paso</translation>
    </message>
    <message>
        <source>running mean of gradients (the momentum part)</source>
        <translation>media móvil de los gradientes (la parte de momentum)</translation>
    </message>
    <message>
        <source>running mean of squared gradients (the step-size part)</source>
        <translation>media móvil de los gradientes al cuadrado (la parte del tamaño del paso)</translation>
    </message>
    <message>
        <source>how much of m and v is kept each step</source>
        <translation>cuánto de m y v se conserva en cada paso</translation>
    </message>
    <message>
        <source>m and v corrected for starting at 0: divided by 1 − βᵗ</source>
        <translation>m y v corregidos por empezar en 0: divididos entre 1 − βᵗ</translation>
    </message>
    <message>
        <source>the number of steps Adam has taken</source>
        <translation>el número de pasos que ha dado Adam</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>every point is in the test split: move some points to the training split</source>
        <translation>todos los puntos están en la partición de prueba: pase algunos puntos a la partición de entrenamiento</translation>
    </message>
    <message>
        <source>the training points contain only one class (%1): a classifier needs points of at least two classes</source>
        <translation>los puntos de entrenamiento contienen una sola clase (%1): un clasificador necesita puntos de al menos dos clases</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Going back (unticking a step) does not undo it.</source>
        <translation>Volver atrás (desmarcar un paso) no lo deshace.</translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation>Siguiente &amp;paso</translation>
    </message>
    <message>
        <source>All %1 steps done</source>
        <translation>Los %1 pasos hechos</translation>
    </message>
    <message>
        <source>Done for you by Next step: %1.</source>
        <translation>Siguiente paso lo hizo por ti: %1.</translation>
    </message>
    <message>
        <source>Step %1: %2.</source>
        <translation>Paso %1: %2.</translation>
    </message>
    <message>
        <source>Step %1.</source>
        <translation>Paso %1.</translation>
    </message>
    <message>
        <source>showed the %1</source>
        <translation>se mostró %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>fijado: %1</translation>
    </message>
    <message>
        <source>could not set %1 (see the status bar)</source>
        <translation>no se pudo fijar: %1 (mira la barra de estado)</translation>
    </message>
    <message>
        <source>Next step (%1)</source>
        <translation>Siguiente paso (%1)</translation>
    </message>
    <message>
        <source>%1: open a lesson first.</source>
        <translation>%1: abre primero una lección.</translation>
    </message>
    <message>
        <source>%1: every step is ticked.</source>
        <translation>%1: todos los pasos están marcados.</translation>
    </message>
    <message>
        <source>%1: tick step %2, the last one.</source>
        <translation>%1: marca el paso %2, el último.</translation>
    </message>
    <message>
        <source>Next: %1.
%2</source>
        <translation>Después: %1.
%2</translation>
    </message>
    <message>
        <source>It changes nothing for you: the step says what to do.</source>
        <translation>No cambia nada por ti: el paso dice qué hacer.</translation>
    </message>
    <message>
        <source>%1: tick step %2 and go on to step %3.
%4</source>
        <translation>%1: marca el paso %2 y sigue con el paso %3.
%4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>show the %1</source>
        <translation>mostrar %1</translation>
    </message>
    <message>
        <source>set %1 to %2</source>
        <translation>fijar %1 en %2</translation>
    </message>
</context>
<context>
    <name>NumberEntry</name>
    <message>
        <source>Not changed: %1.</source>
        <translation>Sin cambios: %1.</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un número de %1 a %2</translation>
    </message>
    <message>
        <source>with at most %1 decimals</source>
        <translation>con %1 decimales como máximo</translation>
    </message>
    <message>
        <source>or 0 to turn it off</source>
        <translation>o 0 para desactivarlo</translation>
    </message>
    <message>
        <source>or &apos;%1&apos;</source>
        <translation>o «%1»</translation>
    </message>
    <message>
        <source>%1 must be %2; got %3</source>
        <translation>%1 debe ser %2; has escrito %3</translation>
    </message>
    <message>
        <source>Not applied: %1.</source>
        <translation>No aplicado: %1.</translation>
    </message>
</context>
<context>
    <name>PCA</name>
    <message>
        <source>PCA on %1-D data can keep between 1 and %2 components; got %3</source>
        <translation>PCA sobre datos de %1 dimensiones puede conservar entre 1 y %2 componentes; se recibió %3</translation>
    </message>
</context>
<context>
    <name>ParameterEdits</name>
    <message>
        <source>Not changed: %1.</source>
        <translation>Sin cambios: %1.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 no se cambió: %2</translation>
    </message>
    <message>
        <source>there is no model yet.</source>
        <translation>aún no hay ningún modelo.</translation>
    </message>
    <message>
        <source>%1 was not changed: the model&apos;s structure changed after it was picked (it is now %2).</source>
        <translation>%1 no se cambió: la estructura del modelo cambió después de elegirlo (ahora es %2).</translation>
    </message>
    <message>
        <source>%1 was not changed: the model has no such parameter.</source>
        <translation>%1 no se cambió: el modelo no tiene ese parámetro.</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>PCA with %1 of %2 components: %3 weights + %4 centre = %5 parameters</source>
        <translation>PCA con %1 de %2 componentes: %3 pesos + %4 centro = %5 parámetros</translation>
    </message>
    <message>
        <source>%1 network: %2 = %3 parameters</source>
        <translation>Red %1: %2 = %3 parámetros</translation>
    </message>
    <message>
        <source>%1 network: %2 parameters</source>
        <translation>Red %1: %2 parámetros</translation>
    </message>
    <message>
        <source>%1 model: %2 = %3 parameters</source>
        <translation>Modelo %1: %2 = %3 parámetros</translation>
    </message>
    <message>
        <source>%1 model: %2 parameters</source>
        <translation>Modelo %1: %2 parámetros</translation>
    </message>
    <message>
        <source>No parameters yet.</source>
        <translation>Aún no hay parámetros.</translation>
    </message>
    <message>
        <source>How many numbers gradient descent adjusts, and how many each layer holds (weights plus biases).</source>
        <translation>Cuántos números ajusta el descenso de gradiente y cuántos tiene cada capa (pesos más sesgos).</translation>
    </message>
    <message>
        <source>Filter, e.g. dense2 or .b</source>
        <translation>Filtrar, p. ej. dense2 o .b</translation>
    </message>
    <message>
        <source>Show only the parameters whose name contains this text: dense2 for the second layer, .b for the biases, .W[0, for the weights into neuron 0.</source>
        <translation>Muestra solo los parámetros cuyo nombre contiene este texto: dense2 para la segunda capa, .b para los sesgos, .W[0, para los pesos que entran en la neurona 0.</translation>
    </message>
</context>
<context>
    <name>ParameterTable</name>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradiente</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Último paso</translation>
    </message>
    <message>
        <source>The parameter&apos;s name: layer, W (weight) or b (bias), and its position [neuron, input].</source>
        <translation>El nombre del parámetro: capa, W (peso) o b (sesgo), y su posición [neurona, entrada].</translation>
    </message>
    <message>
        <source>The current value. Gradient descent changes it a little at every step.</source>
        <translation>El valor actual. El descenso de gradiente lo cambia un poco en cada paso.</translation>
    </message>
    <message>
        <source>dL/dw: how much the loss grows when this parameter grows a little (on the last minibatch, penalty included). The optimizer steps against it.</source>
        <translation>dL/dw: cuánto crece la pérdida cuando este parámetro crece un poco (en el último minilote, con la penalización). El optimizador da su paso en sentido contrario.</translation>
    </message>
    <message>
        <source>The change the last step applied to this parameter (plain SGD: −learning rate × gradient).</source>
        <translation>El cambio que el último paso aplicó a este parámetro (SGD simple: −tasa de aprendizaje × gradiente).</translation>
    </message>
    <message>
        <source>Value of %1: %2</source>
        <translation>Valor de %1: %2</translation>
    </message>
    <message>
        <source>Gradient of %1: %2</source>
        <translation>Gradiente de %1: %2</translation>
    </message>
    <message>
        <source>Last update of %1: %2</source>
        <translation>Último paso de %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>neuron %1 of layer %2</source>
        <translation>neurona %1 de la capa %2</translation>
    </message>
    <message>
        <source>output neuron for class %1 (layer %2)</source>
        <translation>neurona de salida de la clase %1 (capa %2)</translation>
    </message>
    <message>
        <source>output neuron %1 (layer %2)</source>
        <translation>neurona de salida %1 (capa %2)</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>componente %1</translation>
    </message>
    <message>
        <source>weight of %1 in %2 (a column of W is one learned direction)</source>
        <translation>peso de %1 en %2 (una columna de W es una dirección aprendida)</translation>
    </message>
    <message>
        <source>weight from %1 to %2</source>
        <translation>peso de %1 a %2</translation>
    </message>
    <message>
        <source>bias of %1</source>
        <translation>sesgo de %1</translation>
    </message>
    <message>
        <source>centre of %1 (the data are shifted by it before projecting)</source>
        <translation>centro de %1 (los datos se desplazan según él antes de proyectar)</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Large fonts, thick lines and full screen for a classroom (F5; Esc or F5 leaves).</source>
        <translation>Letra grande, líneas gruesas y pantalla completa para el aula (F5; Esc o F5 para salir).</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>Presentation &amp;options…</source>
        <translation>&amp;Opciones de presentación…</translation>
    </message>
    <message>
        <source>Size, full screen, hiding of advanced controls, high contrast.</source>
        <translation>Tamaño, pantalla completa, ocultar controles avanzados, alto contraste.</translation>
    </message>
    <message>
        <source>Presentation options</source>
        <translation>Opciones de presentación</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Hide advanced controls (data tools, parameter table, traces)</source>
        <translation>Ocultar controles avanzados (herramientas de datos, tabla de parámetros, trazas)</translation>
    </message>
    <message>
        <source>Leave the canvas, the loss and the hyperparameters: less to read on a projector. Everything comes back when presentation mode ends.</source>
        <translation>Deja el lienzo, la pérdida y los hiperparámetros: menos que leer en un proyector. Todo vuelve cuando termina el modo presentación.</translation>
    </message>
    <message>
        <source>High contrast (black text and axes, bold labels, thicker lines)</source>
        <translation>Alto contraste (texto y ejes negros, etiquetas en negrita, líneas más gruesas)</translation>
    </message>
    <message>
        <source>For a washed-out projector in a lit room: dark on white reads best. The class colours stay the same (colour-blind safe).</source>
        <translation>Para un proyector desvaído en una sala iluminada: oscuro sobre blanco se lee mejor. Los colores de las clases no cambian (aptos para daltónicos).</translation>
    </message>
    <message>
        <source>The size</source>
        <translation>El tamaño</translation>
    </message>
    <message>
        <source>Fonts, lines and points are this many times as large as on a desk.</source>
        <translation>Textos, líneas y puntos son tantas veces más grandes que en un escritorio.</translation>
    </message>
    <message>
        <source>Presentation mode (F5) is for the front of a classroom. Esc or F5 leaves it.</source>
        <translation>El modo presentación (F5) es para el frente del aula. Esc o F5 lo cierra.</translation>
    </message>
    <message>
        <source>Size of fonts, lines and points:</source>
        <translation>Tamaño de textos, líneas y puntos:</translation>
    </message>
    <message>
        <source>Not changed: %1.</source>
        <translation>No cambiado: %1.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Gaussians</source>
        <translation>Gaussianas</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Xor</source>
        <translation>Xor</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Blobs</source>
        <translation>Manchas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Recta</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>Seno</translation>
    </message>
    <message>
        <source>Polynomial</source>
        <translation>Polinomio</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Escalón</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>Unsupervised (PCA)</source>
        <translation>No supervisado (PCA)</translation>
    </message>
    <message>
        <source>Two Gaussian clouds: separable by a straight line.</source>
        <translation>Dos nubes gaussianas: separables por una recta.</translation>
    </message>
    <message>
        <source>A disc inside a ring: needs a curved boundary.</source>
        <translation>Un disco dentro de un anillo: necesita una frontera curva.</translation>
    </message>
    <message>
        <source>Opposite quadrants share a class: no single line separates them.</source>
        <translation>Los cuadrantes opuestos comparten clase: ninguna recta sola los separa.</translation>
    </message>
    <message>
        <source>Two interleaved spirals: hard, needs a deeper network.</source>
        <translation>Dos espirales entrelazadas: difícil, necesita una red más profunda.</translation>
    </message>
    <message>
        <source>Two interleaving half circles.</source>
        <translation>Dos semicírculos entrelazados.</translation>
    </message>
    <message>
        <source>Three Gaussian clouds: three classes for softmax.</source>
        <translation>Tres nubes gaussianas: tres clases para softmax.</translation>
    </message>
    <message>
        <source>Points near a straight line y = 0.6 x + 1.</source>
        <translation>Puntos cerca de la recta y = 0.6 x + 1.</translation>
    </message>
    <message>
        <source>Points near a sine wave.</source>
        <translation>Puntos cerca de una onda sinusoidal.</translation>
    </message>
    <message>
        <source>Points near a cubic curve.</source>
        <translation>Puntos cerca de una curva cúbica.</translation>
    </message>
    <message>
        <source>A jump from -2 to 2 at x = 0.</source>
        <translation>Un salto de -2 a 2 en x = 0.</translation>
    </message>
    <message>
        <source>Heights on a tilted plane over two inputs.</source>
        <translation>Alturas sobre un plano inclinado con dos entradas.</translation>
    </message>
    <message>
        <source>An elongated cloud for PCA: one long and one short direction.</source>
        <translation>Una nube alargada para PCA: una dirección larga y otra corta.</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Use the suggested learning rate and start again from fresh parameters.</source>
        <translation>Usa la tasa de aprendizaje sugerida y empieza de nuevo con parámetros nuevos.</translation>
    </message>
    <message>
        <source>Reset parameters</source>
        <translation>Reiniciar parámetros</translation>
    </message>
    <message>
        <source>Start again from fresh parameters (R). The data are kept.</source>
        <translation>Empieza de nuevo con parámetros nuevos (R). Los datos se conservan.</translation>
    </message>
    <message>
        <source>Use learning rate %1 and reset</source>
        <translation>Usar tasa de aprendizaje %1 y reiniciar</translation>
    </message>
</context>
<context>
    <name>RememberedHyperparameters</name>
    <message>
        <source>not text</source>
        <translation>no es texto</translation>
    </message>
    <message>
        <source>The remembered hyperparameters were ignored (%1); the default example opened instead.</source>
        <translation>Se ignoraron los hiperparámetros recordados (%1); en su lugar se abrió el ejemplo predeterminado.</translation>
    </message>
</context>
<context>
    <name>RestorePrompt</name>
    <message>
        <source>Restore unsaved work?</source>
        <translation>¿Restaurar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>GradientDesk did not close properly last time.</source>
        <translation>GradientDesk no se cerró correctamente la última vez.</translation>
    </message>
    <message>
        <source>Unsaved work from %1 was kept:
%2

Restore it?</source>
        <translation>Se conservó trabajo sin guardar de %1:
%2

¿Restaurarlo?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>An autosave could not be read (%1); it was kept as %2.</source>
        <translation>No se pudo leer un guardado automático (%1); se conservó como %2.</translation>
    </message>
    <message>
        <source>The unsaved work from last time was discarded.</source>
        <translation>Se descartó el trabajo sin guardar de la última vez.</translation>
    </message>
    <message>
        <source>The autosave could not be opened (%1); it was kept as %2.</source>
        <translation>No se pudo abrir el guardado automático (%1); se conservó como %2.</translation>
    </message>
    <message>
        <source>Unsaved work from last time was restored.</source>
        <translation>Se restauró el trabajo sin guardar de la última vez.</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Difiere en</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Pérdida de prueba</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Only the current run so far. Experiments → Compare runs… (%1) or Sweep a hyperparameter… add runs here, listed while their dialog is open.</source>
        <translation>Por ahora solo la ejecución actual. Experimentos → Comparar ejecuciones… (%1) o Barrido de un hiperparámetro… añaden aquí ejecuciones, listadas mientras su diálogo esté abierto.</translation>
    </message>
    <message>
        <source>Remove the run.</source>
        <translation>Quita la ejecución.</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>Quitar ejecución</translation>
    </message>
    <message>
        <source>Current run</source>
        <translation>Ejecución actual</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>momento</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>decaimiento</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>init scale</source>
        <translation>escala inic.</translation>
    </message>
    <message>
        <source>The run&apos;s name and colour, the same in every plot: the main window&apos;s run in the training blue; compared runs A-D in their colours; a sweep&apos;s runs by their swept value, coloured as in the sweep&apos;s plot (best green, diverged vermillion).</source>
        <translation>El nombre y el color de la ejecución, los mismos en cada gráfico: la ejecución de la ventana principal en el azul del entrenamiento; las ejecuciones comparadas A-D en sus colores; las de un barrido por su valor barrido, coloreadas como en el gráfico del barrido (la mejor en verde, las divergidas en bermellón).</translation>
    </message>
    <message>
        <source>The hyperparameters in which this run differs from the main window&apos;s current run (— : none).</source>
        <translation>Los hiperparámetros en los que esta ejecución difiere de la ejecución actual de la ventana principal (— : ninguno).</translation>
    </message>
    <message>
        <source>Steps (minibatch updates) the run has taken.</source>
        <translation>Pasos (actualizaciones por minilote) que ha dado la ejecución.</translation>
    </message>
    <message>
        <source>The run&apos;s loss on the training points, at its latest step.</source>
        <translation>La pérdida de la ejecución en los puntos de entrenamiento, en su último paso.</translation>
    </message>
    <message>
        <source>The run&apos;s loss on the test points, at its latest step (— : no test points).</source>
        <translation>La pérdida de la ejecución en los puntos de prueba, en su último paso (— : sin puntos de prueba).</translation>
    </message>
    <message>
        <source>Training, paused, finished (its epochs done), diverged at step N (its loss ran away), or stopped (Stop, or another run was removed).</source>
        <translation>Entrenando, en pausa, terminada (sus épocas completadas), divergió en el paso N (su pérdida se disparó) o detenida (Detener, o se quitó otra ejecución).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenando</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>not trained</source>
        <translation>sin entrenar</translation>
    </message>
    <message>
        <source>diverged at step %1</source>
        <translation>divergió en el paso %1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin iniciar</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>The main window&apos;s run cannot be removed: it is the one the main window trains.</source>
        <translation>La ejecución de la ventana principal no se puede quitar: es la que entrena la ventana principal.</translation>
    </message>
    <message>
        <source>Run A is the comparison&apos;s copy of the current run: every other run is compared with it.</source>
        <translation>La ejecución A es la copia de la ejecución actual en la comparación: todas las demás se comparan con ella.</translation>
    </message>
    <message>
        <source>A comparison needs run A and at least one other run: add a run first, or close the comparison.</source>
        <translation>Una comparación necesita la ejecución A y al menos otra: añade primero una ejecución o cierra la comparación.</translation>
    </message>
    <message>
        <source>Remove run %1 from the comparison (stopping it first; the runs after it move up).</source>
        <translation>Quita la ejecución %1 de la comparación (deteniéndola primero; las siguientes suben).</translation>
    </message>
    <message>
        <source>Remove the run with %1 from the sweep (stopping it first).</source>
        <translation>Quita del barrido la ejecución con %1 (deteniéndola primero).</translation>
    </message>
    <message>
        <source>The sweep&apos;s last run: close the sweep to drop it.</source>
        <translation>La última ejecución del barrido: cierra el barrido para descartarla.</translation>
    </message>
</context>
<context>
    <name>ScaleView</name>
    <message>
        <source>Hold the weights in %1</source>
        <translation>Guardar los pesos en %1</translation>
    </message>
    <message>
        <source>%1 x %2 bits</source>
        <translation>%1 x %2 bits</translation>
    </message>
    <message>
        <source>Train with Adam, mixed precision</source>
        <translation>Entrenar con Adam, precisión mixta</translation>
    </message>
    <message>
        <source>~16 bytes x %1 (weights, gradients, Adam&apos;s m and v)</source>
        <translation>~16 bytes x %1 (pesos, gradientes, m y v de Adam)</translation>
    </message>
    <message>
        <source>Training compute (%1 tokens)</source>
        <translation>Cómputo del entrenamiento (%1 tokens)</translation>
    </message>
    <message>
        <source>Tokens per parameter</source>
        <translation>Tokens por parámetro</translation>
    </message>
    <message>
        <source>Compute-optimal data (Chinchilla)</source>
        <translation>Datos óptimos para el cómputo (Chinchilla)</translation>
    </message>
    <message>
        <source>~20 tokens x %1</source>
        <translation>~20 tokens x %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>Use: compute per token generated</source>
        <translation>Uso: cómputo por token generado</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Training points</source>
        <translation>Puntos de entrenamiento</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>Pasos hasta ahora</translation>
    </message>
    <message>
        <source>Examples seen</source>
        <translation>Ejemplos vistos</translation>
    </message>
    <message>
        <source>every minibatch&apos;s size, summed</source>
        <translation>el tamaño de cada minilote, sumado</translation>
    </message>
    <message>
        <source>Compute done</source>
        <translation>Cómputo realizado</translation>
    </message>
    <message>
        <source>%1 x 4 bytes</source>
        <translation>%1 x 4 bytes</translation>
    </message>
    <message>
        <source>%1: %2 parameters (%3)</source>
        <translation>%1: %2 parámetros (%3)</translation>
    </message>
    <message>
        <source>No published count of training tokens for this model.</source>
        <translation>No hay una cifra publicada de tokens de entrenamiento para este modelo.</translation>
    </message>
    <message>
        <source>Training tokens: %1</source>
        <translation>Tokens de entrenamiento: %1</translation>
    </message>
    <message>
        <source>Your run, on the same scale</source>
        <translation>Tu ejecución, a la misma escala</translation>
    </message>
    <message>
        <source>Training %1 took about %2 times the compute of your run so far.</source>
        <translation>Entrenar %1 costó unas %2 veces el cómputo de tu ejecución hasta ahora.</translation>
    </message>
    <message>
        <source>Bytes in decimal units (1 GB = 1,000,000,000 bytes). Formulas: 6 x parameters x tokens to train, 2 x parameters per token to use (Kaplan et al. 2020); ~20 tokens per parameter for compute-optimal training (Hoffmann et al. 2022); 16 bytes per parameter for Adam in mixed precision (Rajbhandari et al. 2020).</source>
        <translation>Bytes en unidades decimales (1 GB = 1.000.000.000 bytes). Fórmulas: 6 x parámetros x tokens para entrenar, 2 x parámetros por token para usar (Kaplan et al. 2020); ~20 tokens por parámetro para un entrenamiento óptimo en cómputo (Hoffmann et al. 2022); 16 bytes por parámetro para Adam en precisión mixta (Rajbhandari et al. 2020).</translation>
    </message>
    <message>
        <source>Depth (layers)</source>
        <translation>Profundidad (capas)</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Anchura</translation>
    </message>
    <message>
        <source>Vocabulary (tokens)</source>
        <translation>Vocabulario (tokens)</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Contexto (tokens)</translation>
    </message>
    <message>
        <source>How many transformer blocks are stacked; each adds its attention, MLP and norms again.</source>
        <translation>Cuántos bloques transformer se apilan; cada uno añade de nuevo su atención, su MLP y sus normalizaciones.</translation>
    </message>
    <message>
        <source>The size of every token&apos;s vector inside the model (d_model); most matrices are width x width.</source>
        <translation>El tamaño del vector de cada token dentro del modelo (d_model); la mayoría de las matrices son anchura x anchura.</translation>
    </message>
    <message>
        <source>How many different tokens the model knows: one row of the embedding table each.</source>
        <translation>Cuántos tokens distintos conoce el modelo: una fila de la tabla de embeddings cada uno.</translation>
    </message>
    <message>
        <source>How many tokens the model reads at once; learned position embeddings hold one row per position.</source>
        <translation>Cuántos tokens lee el modelo a la vez; los embeddings de posición aprendidos tienen una fila por posición.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation>%1 debe ser un número entero, no %2</translation>
    </message>
    <message>
        <source>Published size</source>
        <translation>Tamaño publicado</translation>
    </message>
    <message>
        <source>Back to the model&apos;s published configuration.</source>
        <translation>Vuelve a la configuración publicada del modelo.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 parameters (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 parámetros (%3)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>suma</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>En palabras</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Entrenado con</translation>
    </message>
    <message>
        <source>Parameters per example</source>
        <translation>Parámetros por ejemplo</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <source>Parameters of every model on a log scale; your model is the orange bar at the bottom. Click a bar to explore that model.</source>
        <translation>Los parámetros de cada modelo en escala logarítmica; tu modelo es la barra naranja de abajo. Haz clic en una barra para explorar ese modelo.</translation>
    </message>
    <message>
        <source>Parameters / training examples (points for your model, tokens for language models). Above 1 a model has more numbers to set than examples to learn from: room to memorize them (see the overfitting lesson).</source>
        <translation>Parámetros / ejemplos de entrenamiento (puntos para tu modelo, tokens para los modelos de lenguaje). Por encima de 1, un modelo tiene más números que ajustar que ejemplos de los que aprender: sitio para memorizarlos (mira la lección de sobreajuste).</translation>
    </message>
    <message>
        <source>Save table as CSV…</source>
        <translation>Guardar la tabla como CSV…</translation>
    </message>
    <message>
        <source>Write this table (exact counts, training examples, sources) to a CSV file.</source>
        <translation>Escribe esta tabla (cifras exactas, ejemplos de entrenamiento, fuentes) en un archivo CSV.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Draw or load training points to compare your model&apos;s parameters per example.</source>
        <translation>Dibuja o carga puntos de entrenamiento para comparar los parámetros por ejemplo de tu modelo.</translation>
    </message>
    <message>
        <source>more parameters than points: room to memorize them</source>
        <translation>más parámetros que puntos: sitio para memorizarlos</translation>
    </message>
    <message>
        <source>fewer parameters than points</source>
        <translation>menos parámetros que puntos</translation>
    </message>
    <message>
        <source>%1: %2 parameters / %3 training points = %4 per point (%5; see the &lt;a href=&apos;%6&apos;&gt;Overfitting lesson&lt;/a&gt;). GPT-3: %7 per training token.</source>
        <translation>%1: %2 parámetros / %3 puntos de entrenamiento = %4 por punto (%5; mira la &lt;a href=&apos;%6&apos;&gt;lección de sobreajuste&lt;/a&gt;). GPT-3: %7 por token de entrenamiento.</translation>
    </message>
    <message>
        <source>parameters (log scale: each grid line is 10 times the one before)</source>
        <translation>parámetros (escala log: cada línea vale 10 veces la anterior)</translation>
    </message>
    <message>
        <source>The model the Explore, Cost and Tokens pages show (or click its bar in the ladder).</source>
        <translation>El modelo que muestran las páginas Explorar, Coste y Tokens (o haz clic en su barra de la escalera).</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Escalera</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Every model&apos;s parameter count on one log scale, yours at the bottom.</source>
        <translation>El número de parámetros de cada modelo en una escala logarítmica, el tuyo abajo.</translation>
    </message>
    <message>
        <source>Every model&apos;s exact count, what it was trained on, and parameters per example.</source>
        <translation>La cifra exacta de cada modelo, con qué se entrenó y los parámetros por ejemplo.</translation>
    </message>
    <message>
        <source>The chosen model&apos;s parts with their formulas; change its size and recount.</source>
        <translation>Las partes del modelo elegido con sus fórmulas; cambia su tamaño y vuelve a contar.</translation>
    </message>
    <message>
        <source>Memory and compute for the chosen model, and your run on the same scale.</source>
        <translation>Memoria y cómputo del modelo elegido, y tu ejecución a la misma escala.</translation>
    </message>
    <message>
        <source>What a token is: a sentence split into GPT-2&apos;s tokens and their ids.</source>
        <translation>Qué es un token: una frase dividida en los tokens de GPT-2 y sus ids.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Your model</source>
        <translation>Tu modelo</translation>
    </message>
    <message>
        <source>Change your model&apos;s layers and neurons in the Hyperparameters panel: the count follows.</source>
        <translation>Cambia las capas y neuronas de tu modelo en el panel Hiperparámetros: la cuenta se actualiza.</translation>
    </message>
    <message>
        <source>A fixed published architecture: its layers are listed as built.</source>
        <translation>Una arquitectura publicada fija: sus capas se listan tal como se construyó.</translation>
    </message>
    <message>
        <source>Save the ladder as CSV</source>
        <translation>Guardar la escalera como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved to %1: %2.</source>
        <translation>No se pudo guardar la tabla en %1: %2.</translation>
    </message>
    <message>
        <source>Saved the model sizes to %1</source>
        <translation>Tamaños de los modelos guardados en %1</translation>
    </message>
    <message>
        <source>thousand</source>
        <translation>mil</translation>
    </message>
    <message>
        <source>million</source>
        <translation>millones</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>mil millones</translation>
    </message>
    <message>
        <source>trillion</source>
        <translation>billones</translation>
    </message>
    <message>
        <source>quadrillion</source>
        <translation>mil billones</translation>
    </message>
    <message>
        <source>quintillion</source>
        <translation>trillones</translation>
    </message>
    <message>
        <source>sextillion</source>
        <translation>mil trillones</translation>
    </message>
    <message>
        <source>septillion</source>
        <translation>cuatrillones</translation>
    </message>
    <message>
        <source>octillion</source>
        <translation>mil cuatrillones</translation>
    </message>
    <message>
        <source>nonillion</source>
        <translation>quintillones</translation>
    </message>
    <message>
        <source>decillion</source>
        <translation>mil quintillones</translation>
    </message>
    <message>
        <source>1 thousand</source>
        <translation>1 mil</translation>
    </message>
    <message>
        <source>1 million</source>
        <translation>1 millón</translation>
    </message>
    <message>
        <source>1 billion</source>
        <translation>1 mil millones</translation>
    </message>
    <message>
        <source>1 trillion</source>
        <translation>1 billón</translation>
    </message>
    <message>
        <source>Your linear model (%1)</source>
        <translation>Tu modelo lineal (%1)</translation>
    </message>
    <message>
        <source>Your polynomial model (%1)</source>
        <translation>Tu modelo polinómico (%1)</translation>
    </message>
    <message>
        <source>Your logistic model (%1)</source>
        <translation>Tu modelo logístico (%1)</translation>
    </message>
    <message>
        <source>Your softmax model (%1)</source>
        <translation>Tu modelo softmax (%1)</translation>
    </message>
    <message>
        <source>Your mlp model (%1)</source>
        <translation>Tu modelo MLP (%1)</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>ejemplos</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Your PCA</source>
        <translation>Tu PCA</translation>
    </message>
    <message>
        <source>Your %1 network</source>
        <translation>Tu red %1</translation>
    </message>
    <message>
        <source>Your %1 model (%2)</source>
        <translation>Tu modelo %1 (%2)</translation>
    </message>
    <message>
        <source>%1 weights</source>
        <translation>%1 pesos</translation>
    </message>
    <message>
        <source>%1 biases</source>
        <translation>%1 sesgos</translation>
    </message>
    <message>
        <source>%1 centre values</source>
        <translation>%1 valores del centro</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>capa %1</translation>
    </message>
    <message>
        <source>components</source>
        <translation>componentes</translation>
    </message>
    <message>
        <source>Parameters are the numbers a model learns; tokens are the pieces of text it reads.</source>
        <translation>Los parámetros son los números que aprende un modelo; los tokens son los trozos de texto que lee.</translation>
    </message>
    <message>
        <source>Type a sentence</source>
        <translation>Escribe una frase</translation>
    </message>
    <message>
        <source>Any text: it is split into GPT-2&apos;s tokens on this computer (nothing is sent anywhere).</source>
        <translation>Cualquier texto: se divide en los tokens de GPT-2 en este ordenador (no se envía nada a ningún sitio).</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Embedding row</source>
        <translation>Fila de embedding</translation>
    </message>
    <message>
        <source>row %1 of %2</source>
        <translation>fila %1 de %2</translation>
    </message>
    <message>
        <source>%1&apos;s embedding table (%2 rows x %3 = %4 parameters)</source>
        <translation>la tabla de embeddings de %1 (%2 filas x %3 = %4 parámetros)</translation>
    </message>
    <message>
        <source>GPT-2&apos;s %1-token vocabulary (%2 has its own: %3 rows x %4)</source>
        <translation>el vocabulario de %1 tokens de GPT-2 (%2 tiene el suyo: %3 filas x %4)</translation>
    </message>
    <message>
        <source>%1 characters → %2 tokens. Each id picks one row of %3: a token enters the model as %4 learned numbers.</source>
        <translation>%1 caracteres → %2 tokens. Cada id elige una fila de %3: un token entra en el modelo como %4 números aprendidos.</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>this is a Python pickle, which GradientDesk never opens because loading one can run any code</source>
        <translation>esto es un pickle de Python, que GradientDesk nunca abre porque cargarlo puede ejecutar cualquier código</translation>
    </message>
    <message>
        <source>this is a zip archive (perhaps a NumPy .npz export), not a session</source>
        <translation>esto es un archivo zip (quizá una exportación .npz de NumPy), no una sesión</translation>
    </message>
    <message>
        <source>this is a NumPy .npy array, not a session</source>
        <translation>esto es un array .npy de NumPy, no una sesión</translation>
    </message>
    <message>
        <source>this is a PNG picture, not a session</source>
        <translation>esto es una imagen PNG, no una sesión</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; at most %2 MB)</source>
        <translation>el archivo es demasiado grande (%1 MB; como máximo %2 MB)</translation>
    </message>
    <message>
        <source>the file nests its data too deeply to be a session</source>
        <translation>el archivo anida sus datos demasiado para ser una sesión</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>this is not a text file (byte %1 is not UTF-8)</source>
        <translation>esto no es un archivo de texto (el byte %1 no es UTF-8)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>the file ends too early (%1): it was cut off or is not complete</source>
        <translation>el archivo termina demasiado pronto (%1): se cortó o no está completo</translation>
    </message>
    <message>
        <source>the file is not valid JSON at %1: %2</source>
        <translation>el archivo no es JSON válido en %1: %2</translation>
    </message>
    <message>
        <source>the file holds a number far too long to be read</source>
        <translation>el archivo contiene un número demasiado largo para leerlo</translation>
    </message>
    <message>
        <source>the file contains %1, which is not a JSON number; only finite numbers are allowed</source>
        <translation>el archivo contiene %1, que no es un número JSON; solo se permiten números finitos</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; appears twice in the same object</source>
        <translation>el campo &apos;%1&apos; aparece dos veces en el mismo objeto</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 must be an object {...}; found %2</source>
        <translation>%1 debe ser un objeto {...}; se encontró %2</translation>
    </message>
    <message>
        <source>%1: the field &apos;%2&apos; is missing</source>
        <translation>%1: falta el campo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is missing</source>
        <translation>falta el campo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;</source>
        <translation>%1: campo desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>campo desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be text; found %2</source>
        <translation>%1 debe ser texto; se encontró %2</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3)</source>
        <translation>%1 es demasiado largo (%2 caracteres; como máximo %3)</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 no debe estar vacío</translation>
    </message>
    <message>
        <source>%1 must be a whole number; found %2</source>
        <translation>%1 debe ser un número entero; se encontró %2</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; found %4</source>
        <translation>%1 debe estar entre %2 y %3; se encontró %4</translation>
    </message>
    <message>
        <source>%1 must be a number; found %2</source>
        <translation>%1 debe ser un número; se encontró %2</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 debe ser un número finito</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>menor que %1</translation>
    </message>
    <message>
        <source>%1 must be at least %2 and %3; found %4</source>
        <translation>%1 debe ser al menos %2 y %3; se encontró %4</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>%1 must be an array (a list of numbers or {&quot;npy&quot;: ...}); found %2</source>
        <translation>%1 debe ser un array (una lista de números o {&quot;npy&quot;: ...}); se encontró %2</translation>
    </message>
    <message>
        <source>%1 has shape %2, expected %3 (axis %4 should be %5)</source>
        <translation>%1 tiene la forma %2, se esperaba %3 (el eje %4 debería ser %5)</translation>
    </message>
    <message>
        <source>%1 is infinity; only finite numbers are allowed</source>
        <translation>%1 es infinito; solo se permiten números finitos</translation>
    </message>
    <message>
        <source>%1 is NaN or infinity; only finite numbers are allowed</source>
        <translation>%1 es NaN o infinito; solo se permiten números finitos</translation>
    </message>
    <message>
        <source>%1 must be a number %2; got %3</source>
        <translation>%1 debe ser un número %2; valor recibido: %3</translation>
    </message>
    <message>
        <source>%1.npy must be base64 text; found %2</source>
        <translation>%1.npy debe ser texto base64; se encontró %2</translation>
    </message>
    <message>
        <source>%1.npy is not valid base64 text</source>
        <translation>%1.npy no es texto base64 válido</translation>
    </message>
    <message>
        <source>%1.npy is not a readable .npy array (%2)</source>
        <translation>%1.npy no es un array .npy legible (%2)</translation>
    </message>
    <message>
        <source>%1 must hold %2 values; the file declares %3</source>
        <translation>%1 debe contener valores %2; el archivo declara %3</translation>
    </message>
    <message>
        <source>%1 must have %2 dimension(s); the file declares shape %3</source>
        <translation>%1 debe tener %2 dimensión(es); el archivo declara la forma %3</translation>
    </message>
    <message>
        <source>%1 is too large (%2 numbers; at most %3)</source>
        <translation>%1 es demasiado grande (%2 números; como máximo %3)</translation>
    </message>
    <message>
        <source>%1.npy is truncated or padded: %2 data bytes for shape %3 of %4</source>
        <translation>%1.npy está truncado o relleno: %2 bytes de datos para la forma %3 de %4</translation>
    </message>
    <message>
        <source>%1.npy could not be read (%2)</source>
        <translation>%1.npy no se pudo leer (%2)</translation>
    </message>
    <message>
        <source>%1 is too large (%2 rows)</source>
        <translation>%1 es demasiado grande (%2 filas)</translation>
    </message>
    <message>
        <source>%1 must be a list of numbers; found %2</source>
        <translation>%1 debe ser una lista de números; se encontró %2</translation>
    </message>
    <message>
        <source>%1 has %2 value(s), but row 0 has %3</source>
        <translation>%1 tiene %2 valor(es), pero la fila 0 tiene %3</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>%1 must be %2; found %3 %4</source>
        <translation>%1 debe ser %2; se encontró %3 %4</translation>
    </message>
    <message>
        <source>%1 must be %2; found %3</source>
        <translation>%1 debe ser %2; se encontró %3</translation>
    </message>
    <message>
        <source>%1 holds a number too large to store</source>
        <translation>%1 contiene un número demasiado grande para guardarlo</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>this is not a GradientDesk session file (the field &apos;format&apos; should be &quot;%1&quot;; found %2)</source>
        <translation>esto no es un archivo de sesión de GradientDesk (el campo &apos;format&apos; debería ser &quot;%1&quot;; se encontró %2)</translation>
    </message>
    <message>
        <source>this is not a GradientDesk session file (it has no field &apos;format&apos;: &quot;%1&quot;)</source>
        <translation>esto no es un archivo de sesión de GradientDesk (no tiene el campo &apos;format&apos;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the field &apos;version&apos; must be a whole number from 1 up; found %1</source>
        <translation>el campo &apos;version&apos; debe ser un número entero desde 1; se encontró %1</translation>
    </message>
    <message>
        <source>this file was made by a newer GradientDesk (format version %1; this one reads version %2). Update GradientDesk to open it.</source>
        <translation>este archivo lo creó un GradientDesk más reciente (versión de formato %1; este lee la versión %2). Actualice GradientDesk para abrirlo.</translation>
    </message>
    <message>
        <source>hyperparameters: %1</source>
        <translation>hyperparameters: %1</translation>
    </message>
    <message>
        <source>optimizer: the optimizer&apos;s state needs the learned parameters it goes with, but &apos;parameters&apos; is null</source>
        <translation>optimizer: el estado del optimizador necesita los parámetros aprendidos a los que corresponde, pero &apos;parameters&apos; es null</translation>
    </message>
    <message>
        <source>counters: the step and epoch counters need the learned parameters they go with, but &apos;parameters&apos; is null</source>
        <translation>counters: los contadores de pasos y épocas necesitan los parámetros aprendidos a los que corresponden, pero &apos;parameters&apos; es null</translation>
    </message>
    <message>
        <source>%1 must be one of %2; found %3</source>
        <translation>%1 debe ser uno de %2; se encontró %3</translation>
    </message>
    <message>
        <source>data.X has %1 points; GradientDesk opens at most %2</source>
        <translation>data.X tiene %1 puntos; GradientDesk abre como máximo %2</translation>
    </message>
    <message>
        <source>data: the field &apos;y&apos; (labels or targets, one per point) is missing</source>
        <translation>data: falta el campo &apos;y&apos; (etiquetas u objetivos, uno por punto)</translation>
    </message>
    <message>
        <source>%1 is class %2, but there are %3 classes (0 to %4)</source>
        <translation>%1 es la clase %2, pero hay %3 clases (de 0 a %4)</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>data: %1</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>clasificación</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>unsupervised</source>
        <translation>aprendizaje no supervisado</translation>
    </message>
    <message>
        <source>%1 must be a list of names; found %2</source>
        <translation>%1 debe ser una lista de nombres; se encontró %2</translation>
    </message>
    <message>
        <source>%1 must be empty for %2 data</source>
        <translation>%1 debe estar vacío para datos de %2</translation>
    </message>
    <message>
        <source>%1 must list between 2 and %2 classes; found %3</source>
        <translation>%1 debe listar entre 2 y %2 clases; se encontró %3</translation>
    </message>
    <message>
        <source>%1 lists a name twice</source>
        <translation>%1 repite un nombre</translation>
    </message>
    <message>
        <source>loss_history needs the learned parameters it led to, but &apos;parameters&apos; is null</source>
        <translation>loss_history necesita los parámetros aprendidos a los que llevó, pero &apos;parameters&apos; es null</translation>
    </message>
    <message>
        <source>%1: the columns have different lengths</source>
        <translation>%1: las columnas tienen longitudes distintas</translation>
    </message>
    <message>
        <source>%1 has %2 rows; at most %3</source>
        <translation>%1 tiene %2 filas; como máximo %3</translation>
    </message>
    <message>
        <source>%1 must be whole numbers from 0 up, in increasing order</source>
        <translation>%1 deben ser números enteros desde 0, en orden creciente</translation>
    </message>
    <message>
        <source>%1 must be numbers from 0 up, in increasing order</source>
        <translation>%1 deben ser números desde 0, en orden creciente</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Step done ✓</source>
        <translation>Paso hecho ✓</translation>
    </message>
    <message>
        <source>Tick this step in the lesson and show the next one.</source>
        <translation>Marca este paso en la lección y muestra el siguiente.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Lienzo</translation>
    </message>
    <message>
        <source>Show the data canvas beside the view, or the view alone (Ctrl+0).</source>
        <translation>Muestra el lienzo de datos junto a la vista, o la vista sola (Ctrl+0).</translation>
    </message>
    <message>
        <source>All views</source>
        <translation>Todas las vistas</translation>
    </message>
    <message>
        <source>Every view at once, for a large screen (Ctrl+9; Ctrl+0 hides the canvas); again for one view.</source>
        <translation>Todas las vistas a la vez, para una pantalla grande (Ctrl+9; Ctrl+0 oculta el lienzo); otra vez para una sola vista.</translation>
    </message>
</context>
<context>
    <name>StageViews</name>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama de la red</translation>
    </message>
    <message>
        <source>Neurons, weights and what each neuron computes.</source>
        <translation>Neuronas, pesos y lo que calcula cada neurona.</translation>
    </message>
    <message>
        <source>Weight maps</source>
        <translation>Mapas de pesos</translation>
    </message>
    <message>
        <source>One layer&apos;s W, b, dL/dW and its weights over time.</source>
        <translation>W, b, dL/dW de una capa y sus pesos a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>Parameter traces</source>
        <translation>Trazas de parámetros</translation>
    </message>
    <message>
        <source>Every weight and bias over the steps.</source>
        <translation>Cada peso y sesgo a lo largo de los pasos.</translation>
    </message>
    <message>
        <source>Update inspector</source>
        <translation>Inspector de actualización</translation>
    </message>
    <message>
        <source>The last step of one parameter, with the numbers.</source>
        <translation>El último paso de un parámetro, con los números.</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Paisaje de pérdida</translation>
    </message>
    <message>
        <source>The loss over two parameters, and the optimizer&apos;s path on it.</source>
        <translation>La pérdida sobre dos parámetros y el camino del optimizador en ella.</translation>
    </message>
    <message>
        <source>Forward pass</source>
        <translation>Paso hacia delante</translation>
    </message>
    <message>
        <source>What the model computes for one point, step by step.</source>
        <translation>Lo que calcula el modelo para un punto, paso a paso.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>From your model&apos;s parameters to GPT-3&apos;s, counted with one rule.</source>
        <translation>De los parámetros de tu modelo a los de GPT-3, contados con una sola regla.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to GradientDesk</source>
        <translation>Te damos la bienvenida a GradientDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt; (weights, biases) are what the model learns; &lt;b&gt;hyperparameters&lt;/b&gt; (learning rate, layers, ...) are what you choose before training.</source>
        <translation>Los &lt;b&gt;parámetros&lt;/b&gt; (pesos, sesgos) son lo que aprende el modelo; los &lt;b&gt;hiperparámetros&lt;/b&gt; (tasa de aprendizaje, capas, ...) son lo que eliges antes de entrenar.</translation>
    </message>
    <message>
        <source>(no goal given)</source>
        <translation>(sin objetivo)</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Lección %1: %2</translation>
    </message>
    <message>
        <source>Open lesson %1: %2</source>
        <translation>Abrir la lección %1: %2</translation>
    </message>
    <message>
        <source>Start page — GradientDesk</source>
        <translation>Página de inicio — GradientDesk</translation>
    </message>
    <message>
        <source>Show this page at start</source>
        <translation>Mostrar esta página al iniciar</translation>
    </message>
    <message>
        <source>Open this page whenever GradientDesk starts without a file. Help → Start page opens it at any time.</source>
        <translation>Abre esta página cada vez que GradientDesk se inicia sin un archivo. Ayuda → Página de inicio la abre en cualquier momento.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Each lesson sets up data, model and hyperparameters, and shows its steps in the Lesson panel.</source>
        <translation>Cada lección prepara los datos, el modelo y los hiperparámetros, y muestra sus pasos en el panel de la lección.</translation>
    </message>
    <message>
        <source>No lessons were found in this installation.</source>
        <translation>No se encontraron lecciones en esta instalación.</translation>
    </message>
    <message>
        <source>Free play</source>
        <translation>Juego libre</translation>
    </message>
    <message>
        <source>Start from a ready-made dataset, then change anything.</source>
        <translation>Empieza con un conjunto de datos ya hecho y luego cambia lo que quieras.</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
</context>
<context>
    <name>StopRules</name>
    <message>
        <source>Stopped after %1 epochs, as &apos;Stop after epochs&apos; says.</source>
        <translation>Detenido tras %1 épocas, como indica «Parada tras (épocas)».</translation>
    </message>
    <message>
        <source>Reached the target training loss %1 after %2 epochs.</source>
        <translation>Se alcanzó la pérdida de entrenamiento objetivo %1 tras %2 épocas.</translation>
    </message>
    <message>
        <source>Early stopping: the test loss has not improved for %1 epochs (best %2 at epoch %3).</source>
        <translation>Parada temprana: la pérdida de prueba no ha mejorado en %1 épocas (la mejor, %2, en la época %3).</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>Train several copies of the current model side by side from the same starting parameters, each with a different value of one hyperparameter (the learning rate by default), and compare their losses and decision maps: where training diverges, and which value learns best.</source>
        <translation>Entrena varias copias del modelo actual en paralelo desde los mismos parámetros iniciales, cada una con un valor distinto de un hiperparámetro (la tasa de aprendizaje por defecto), y compara sus pérdidas y mapas de decisión: dónde diverge el entrenamiento y qué valor aprende mejor.</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>pérdida de prueba</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>Sweep a hyperparameter</source>
        <translation>Barrido de un hiperparámetro</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log.</translation>
    </message>
    <message>
        <source>Space the values evenly on a log scale (0.001, 0.01, 0.1, ...), as rates are judged.</source>
        <translation>Reparte los valores de forma uniforme en escala logarítmica (0.001, 0.01, 0.1, ...), como se juzgan las tasas.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Adoptar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Make the selected run&apos;s value the main window&apos;s hyperparameter.</source>
        <translation>Hace que el valor de la ejecución seleccionada sea el hiperparámetro de la ventana principal.</translation>
    </message>
    <message>
        <source>Choose a hyperparameter and a range, then Start.</source>
        <translation>Elige un hiperparámetro y un rango y luego pulsa Iniciar.</translation>
    </message>
    <message>
        <source>Click a run&apos;s point or its map to select it.</source>
        <translation>Haz clic en el punto o en el mapa de una ejecución para seleccionarla.</translation>
    </message>
    <message>
        <source>Loss against the swept value</source>
        <translation>Pérdida frente al valor barrido</translation>
    </message>
    <message>
        <source>Decision map of each run</source>
        <translation>Mapa de decisión de cada ejecución</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Barrer</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>ejecuciones</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>No numeric hyperparameter of these settings can be swept.</source>
        <translation>Ningún hiperparámetro numérico de estos ajustes se puede barrer.</translation>
    </message>
    <message>
        <source>Every run starts from the same parameters (seed %1) and sees the same minibatches; only the %2 differs. Allowed: %3.</source>
        <translation>Cada ejecución parte de los mismos parámetros (semilla %1) y ve los mismos minilotes; solo difiere el valor de %2. Permitido: %3.</translation>
    </message>
    <message>
        <source>Nothing to sweep for these settings.</source>
        <translation>Nada que barrer con estos ajustes.</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>No iniciado: %1</translation>
    </message>
    <message>
        <source>Starting %1 runs…</source>
        <translation>Iniciando %1 ejecuciones…</translation>
    </message>
    <message>
        <source>Stopped at epoch %1 of %2. %3</source>
        <translation>Detenido en la época %1 de %2. %3</translation>
    </message>
    <message>
        <source>The sweep stopped: %1</source>
        <translation>El barrido se detuvo: %1</translation>
    </message>
    <message>
        <source>Nothing was trained.</source>
        <translation>No se entrenó nada.</translation>
    </message>
    <message>
        <source>Done: epoch %1 of %2. %3</source>
        <translation>Terminado: época %1 de %2. %3</translation>
    </message>
    <message>
        <source>Training: epoch %1 of %2. %3</source>
        <translation>Entrenando: época %1 de %2. %3</translation>
    </message>
    <message>
        <source>A sweep keeps at least one run: close it to drop them all.</source>
        <translation>Un barrido conserva al menos una ejecución: ciérralo para descartarlas todas.</translation>
    </message>
    <message>
        <source>Removed the run with %1. %2</source>
        <translation>Se quitó la ejecución con %1. %2</translation>
    </message>
    <message>
        <source>%1 of %2 runs diverged</source>
        <translation>%1 de %2 ejecuciones divergieron</translation>
    </message>
    <message>
        <source>No run diverged</source>
        <translation>Ninguna ejecución divergió</translation>
    </message>
    <message>
        <source>the edge: %1 trained, %2 diverged</source>
        <translation>el límite: %1 entrenó, %2 divergió</translation>
    </message>
    <message>
        <source>even the smallest value diverged</source>
        <translation>incluso el valor más pequeño divergió</translation>
    </message>
    <message>
        <source>best %1 %2 (test loss %3)</source>
        <translation>mejor valor de %1: %2 (pérdida de prueba %3)</translation>
    </message>
    <message>
        <source>best %1 %2 (training loss %3)</source>
        <translation>mejor valor de %1: %2 (pérdida de entrenamiento %3)</translation>
    </message>
    <message>
        <source>diverged at step %1</source>
        <translation>divergió en el paso %1</translation>
    </message>
    <message>
        <source>loss %1 at step %2</source>
        <translation>pérdida %1 en el paso %2</translation>
    </message>
    <message>
        <source>Selected: %1 %2 (%3).</source>
        <translation>Seleccionado: %1 %2 (%3).</translation>
    </message>
    <message>
        <source>The saved sweep could not be shown: %1</source>
        <translation>No se pudo mostrar el barrido guardado: %1</translation>
    </message>
    <message>
        <source>Opened from the file: epoch %1 of %2. %3</source>
        <translation>Abierto desde el archivo: época %1 de %2. %3</translation>
    </message>
    <message>
        <source>Not adopted: the main window refused %1 %2.</source>
        <translation>No adoptado: la ventana principal rechazó %1 %2.</translation>
    </message>
    <message>
        <source>Adopted: the main window&apos;s %1 is now %2.</source>
        <translation>Adoptado: %1 de la ventana principal es ahora %2.</translation>
    </message>
    <message>
        <source>&amp;Sweep a hyperparameter…</source>
        <translation>&amp;Barrido de un hiperparámetro…</translation>
    </message>
    <message>
        <source>there are no points to show the runs on</source>
        <translation>no hay puntos sobre los que mostrar las ejecuciones</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; (%3) is not a number; the %4 goes %5.</source>
        <translation>%1: «%2» (%3) no es un número; %4: permitido %5.</translation>
    </message>
    <message>
        <source>%1 goes %2</source>
        <translation>%1: permitido %2</translation>
    </message>
    <message>
        <source>A sweep has %1 to %2 runs; got %3.</source>
        <translation>Un barrido tiene de %1 a %2 ejecuciones; se indicaron %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; %3 is outside the allowed range; %4.</source>
        <translation>%1: «%2» %3 está fuera del rango permitido; %4.</translation>
    </message>
    <message>
        <source>%1: the range from %2 to %3 is empty; choose two different values (%4).</source>
        <translation>%1: el rango de %2 a %3 está vacío; elige dos valores distintos (%4).</translation>
    </message>
    <message>
        <source>%1: the range is reversed (%2 is above %3); put the smaller value in &apos;from&apos; (%4).</source>
        <translation>%1: el rango está invertido (%2 es mayor que %3); pon el valor menor en «de» (%4).</translation>
    </message>
    <message>
        <source>%1: a log range must start above 0; got %2 (%3).</source>
        <translation>%1: un rango logarítmico debe empezar por encima de 0; se indicó %2 (%3).</translation>
    </message>
    <message>
        <source>a run: its loss now</source>
        <translation>una ejecución: su pérdida ahora</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
    <message>
        <source>divergence edge</source>
        <translation>límite de divergencia</translation>
    </message>
    <message>
        <source>best value</source>
        <translation>mejor valor</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (escala log.)</translation>
    </message>
    <message>
        <source>trains at %1 </source>
        <translation>entrena con %1 </translation>
    </message>
    <message>
        <source> diverges at %1</source>
        <translation> diverge con %1</translation>
    </message>
    <message>
        <source>best %1 </source>
        <translation>mejor %1 </translation>
    </message>
    <message>
        <source> best %1</source>
        <translation> mejor %1</translation>
    </message>
    <message>
        <source>%1: diverged</source>
        <translation>%1: divergió</translation>
    </message>
    <message>
        <source>%1 (best)</source>
        <translation>%1 (mejor)</translation>
    </message>
    <message>
        <source>Training stopped: %1.</source>
        <translation>Entrenamiento detenido: %1.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%1 kept</source>
        <translation>%1 guardados</translation>
    </message>
    <message>
        <source>step %1 of %2 · loss %3</source>
        <translation>paso %1 de %2 · pérdida %3</translation>
    </message>
    <message>
        <source>now: step %1 · %2</source>
        <translation>ahora: paso %1 · %2</translation>
    </message>
    <message>
        <source>The timeline keeps %1 keyframes, %2 MB of %3 MB; older steps are thinned evenly, so the memory stays within its budget however long the run.</source>
        <translation>La línea de tiempo guarda %1 fotogramas clave, %2 MB de %3 MB; los pasos antiguos se aclaran de forma uniforme, así la memoria no pasa de su presupuesto por larga que sea la ejecución.</translation>
    </message>
    <message>
        <source>The timeline keeps %1 keyframe, %2 MB of %3 MB; older steps are thinned evenly, so the memory stays within its budget however long the run.</source>
        <translation>La línea de tiempo guarda %1 fotograma clave, %2 MB de %3 MB; los pasos antiguos se aclaran de forma uniforme, así la memoria no pasa de su presupuesto por larga que sea la ejecución.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Go back to any step the run has kept: every view shows that step (training pauses). Arrow keys move one kept step, Home to the first, End back to now.</source>
        <translation>Vuelve a cualquier paso que la ejecución haya guardado: todas las vistas muestran ese paso (el entrenamiento se pausa). Las flechas mueven un paso guardado, Inicio al primero, Fin de vuelta a ahora.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Show the newest step again (nothing is lost).</source>
        <translation>Muestra de nuevo el paso más reciente (no se pierde nada).</translation>
    </message>
    <message>
        <source>Continue here</source>
        <translation>Continuar aquí</translation>
    </message>
    <message>
        <source>Train on from the step on show with the current hyperparameters (change the learning rate first to take another path); the later steps are dropped.</source>
        <translation>Sigue entrenando desde el paso mostrado con los hiperparámetros actuales (cambia antes la tasa de aprendizaje para tomar otro camino); los pasos posteriores se descartan.</translation>
    </message>
    <message>
        <source>Keep this step however long the run gets (it is never thinned away) and save it with the session.</source>
        <translation>Guarda este paso por larga que sea la ejecución (nunca se aclara) y guárdalo con la sesión.</translation>
    </message>
    <message>
        <source>Branch…</source>
        <translation>Bifurcar…</translation>
    </message>
    <message>
        <source>Compare runs that all start from the step on show: change run B&apos;s hyperparameters there and watch both paths from the same point.</source>
        <translation>Compara ejecuciones que empiezan todas en el paso mostrado: cambia ahí los hiperparámetros de la ejecución B y observa ambos caminos desde el mismo punto.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>This step cannot be kept: kept steps may fill at most half of the timeline&apos;s memory.</source>
        <translation>Este paso no se puede guardar: los pasos guardados pueden ocupar como máximo la mitad de la memoria de la línea de tiempo.</translation>
    </message>
</context>
<context>
    <name>TimelineEdits</name>
    <message>
        <source>Step %1 cannot be shown: %2</source>
        <translation>No se puede mostrar el paso %1: %2</translation>
    </message>
    <message>
        <source>Training goes on from step %1; the steps after it were dropped.</source>
        <translation>El entrenamiento sigue desde el paso %1; los pasos posteriores se descartaron.</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>the text is %1 characters long; at most %2 can be split into tokens at once</source>
        <translation>el texto tiene %1 caracteres; como máximo %2 se pueden dividir en tokens a la vez</translation>
    </message>
</context>
<context>
    <name>Traces</name>
    <message>
        <source>Pick a parameter in the list or click a line.</source>
        <translation>Elige un parámetro en la lista o haz clic en una línea.</translation>
    </message>
    <message>
        <source>Pick a parameter in the box above the plot or click a line.</source>
        <translation>Elige un parámetro en el cuadro sobre el gráfico o haz clic en una línea.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; = %2  (step %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; = %2  (paso %3)</translation>
    </message>
    <message>
        <source>%1: not a parameter of this model</source>
        <translation>%1: no es un parámetro de este modelo</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>solid: weights · dashed: biases</source>
        <translation>continua: pesos · discontinua: sesgos</translation>
    </message>
    <message>
        <source>filter, e.g. dense1.b</source>
        <translation>filtro, p. ej. dense1.b</translation>
    </message>
    <message>
        <source>pick a parameter</source>
        <translation>elige un parámetro</translation>
    </message>
    <message>
        <source>Pick the parameter to draw thick (type in the filter beside it to shorten the list).</source>
        <translation>Elige el parámetro que se dibuja grueso (escribe en el filtro de al lado para acortar la lista).</translation>
    </message>
    <message>
        <source>showing %1 of %2 parameters (all biases, evenly spaced weights) · solid: weights · dashed: biases</source>
        <translation>se muestran %1 de %2 parámetros (todos los sesgos, pesos repartidos por igual) · continua: pesos · discontinua: sesgos</translation>
    </message>
    <message>
        <source>%1 parameters · solid: weights · dashed: biases</source>
        <translation>%1 parámetros · continua: pesos · discontinua: sesgos</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>capa %1</translation>
    </message>
    <message>
        <source>PCA components W</source>
        <translation>componentes de la PCA W</translation>
    </message>
    <message>
        <source>PCA centre b</source>
        <translation>centro de la PCA b</translation>
    </message>
</context>
<context>
    <name>TrainingBar</name>
    <message>
        <source>1 step/s</source>
        <translation>1 paso/s</translation>
    </message>
    <message>
        <source>3 steps/s</source>
        <translation>3 pasos/s</translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation>10 pasos/s</translation>
    </message>
    <message>
        <source>30 steps/s</source>
        <translation>30 pasos/s</translation>
    </message>
    <message>
        <source>100 steps/s</source>
        <translation>100 pasos/s</translation>
    </message>
    <message>
        <source>1000 steps/s</source>
        <translation>1000 pasos/s</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>Lo más rápido posible</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Train continuously (Space). Press again to pause.</source>
        <translation>Entrena sin parar (Espacio). Pulsa otra vez para pausar.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>One gradient-descent step on one minibatch (Right arrow).</source>
        <translation>Un paso de descenso de gradiente sobre un minilote (flecha derecha).</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Train until the current pass over the training points is complete (Shift+Right).</source>
        <translation>Entrena hasta completar la pasada actual por los puntos de entrenamiento (Mayús+Derecha).</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Fresh parameters from the seed (R). The same seed gives the same start.</source>
        <translation>Parámetros nuevos a partir de la semilla (R). La misma semilla da el mismo inicio.</translation>
    </message>
    <message>
        <source>How many gradient-descent steps per second. Slow speeds let you follow each update; &apos;As fast as possible&apos; trains at full speed.</source>
        <translation>Cuántos pasos de descenso de gradiente por segundo. A poca velocidad puedes seguir cada actualización; «Lo más rápido posible» entrena a toda velocidad.</translation>
    </message>
    <message>
        <source> Speed: </source>
        <translation> Velocidad: </translation>
    </message>
    <message>
        <source>Step: updates so far. Epoch: complete passes over the training points. Examples: training points the model has seen.</source>
        <translation>Paso: actualizaciones hasta ahora. Época: pasadas completas por los puntos de entrenamiento. Ejemplos: puntos de entrenamiento que ha visto el modelo.</translation>
    </message>
    <message>
        <source>Speed: %1, as this lesson needs (change it in the training bar).</source>
        <translation>Velocidad: %1, como necesita esta lección (cámbiala en la barra de entrenamiento).</translation>
    </message>
    <message>
        <source>%1
Not available now: %2</source>
        <translation>%1
No disponible ahora: %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>  step %1 · epoch %2 · %3 examples  </source>
        <translation>  paso %1 · época %2 · %3 ejemplos  </translation>
    </message>
</context>
<context>
    <name>UpdateInspector</name>
    <message>
        <source>&lt;b&gt;Symbols&lt;/b&gt;%1</source>
        <translation>&lt;b&gt;Símbolos&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>this step changed %1 by</source>
        <translation>este paso cambió %1 en</translation>
    </message>
    <message>
        <source>%1 %2: from %3 to %4 (grey line: 0)</source>
        <translation>%1 %2: de %3 a %4 (línea gris: 0)</translation>
    </message>
    <message>
        <source> (nothing selected: the first weight)</source>
        <translation> (nada seleccionado: el primer peso)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2: %3</translation>
    </message>
    <message>
        <source>step %1 · %2</source>
        <translation>paso %1 · %2</translation>
    </message>
    <message>
        <source> · t = %1</source>
        <translation> · t = %1</translation>
    </message>
    <message>
        <source> · learning rate %1</source>
        <translation> · tasa de aprendizaje %1</translation>
    </message>
    <message>
        <source> · %1 λ = %2</source>
        <translation> · %1 λ = %2</translation>
    </message>
    <message>
        <source>Training diverged: the parameters were put back to their last finite values, so there is no last update to show. Lower the learning rate and press Reset.</source>
        <translation>El entrenamiento divergió: los parámetros volvieron a sus últimos valores finitos, así que no hay última actualización que mostrar. Baja la tasa de aprendizaje y pulsa Reiniciar.</translation>
    </message>
    <message>
        <source>No step with %1 yet: press Right (→) to take one minibatch step and see its update written out.</source>
        <translation>Aún no hay ningún paso con %1: pulsa Derecha (→) para dar un paso de minilote y ver su actualización desarrollada.</translation>
    </message>
    <message>
        <source>Biases are not regularized: no λ term.</source>
        <translation>Los sesgos no se regularizan: sin término λ.</translation>
    </message>
    <message>
        <source>These numbers do not add up exactly: a hyperparameter was changed after this step.</source>
        <translation>Estos números no cuadran exactamente: se cambió un hiperparámetro después de este paso.</translation>
    </message>
    <message>
        <source>Set by hand to %1 after this step.</source>
        <translation>Fijado a mano en %1 después de este paso.</translation>
    </message>
    <message>
        <source>The hyperparameters changed after this step: the next step uses the new values.</source>
        <translation>Los hiperparámetros cambiaron después de este paso: el siguiente paso usa los valores nuevos.</translation>
    </message>
    <message>
        <source>over the whole run</source>
        <translation>en toda la ejecución</translation>
    </message>
    <message>
        <source>over the last %1 snapshots</source>
        <translation>en las últimas %1 instantáneas</translation>
    </message>
    <message>
        <source>The parameter to inspect (also selected in the table, traces and diagram).</source>
        <translation>El parámetro que inspeccionar (también seleccionado en la tabla, las trazas y el diagrama).</translation>
    </message>
    <message>
        <source>value over the run</source>
        <translation>valor en la ejecución</translation>
    </message>
    <message>
        <source>gradient g per step</source>
        <translation>gradiente g por paso</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
</context>
<context>
    <name>WeightMaps</name>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>En el tiempo</translation>
    </message>
    <message>
        <source>Weights &amp;&amp; gradients</source>
        <translation>Pesos &amp;&amp; gradientes</translation>
    </message>
    <message>
        <source>The layer&apos;s weights W and biases b.</source>
        <translation>Los pesos W y los sesgos b de la capa.</translation>
    </message>
    <message>
        <source>The last step&apos;s gradient dL/dW and dL/db.</source>
        <translation>El gradiente dL/dW y dL/db del último paso.</translation>
    </message>
    <message>
        <source>How the layer&apos;s weights spread over the training steps (a histogram per step).</source>
        <translation>Cómo se reparten los pesos de la capa a lo largo de los pasos de entrenamiento (un histograma por paso).</translation>
    </message>
    <message>
        <source>to output for class</source>
        <translation>a la salida de la clase</translation>
    </message>
    <message>
        <source>to output neuron</source>
        <translation>a la neurona de salida</translation>
    </message>
    <message>
        <source>PCA: %1 inputs × %2 components (%3 weights + %4 centre)</source>
        <translation>PCA: %1 entradas × %2 componentes (%3 pesos + %4 centro)</translation>
    </message>
    <message>
        <source>input (b: centre)</source>
        <translation>entrada (b: centro)</translation>
    </message>
    <message>
        <source>component</source>
        <translation>componente</translation>
    </message>
    <message>
        <source>to neuron (layer %1)</source>
        <translation>a la neurona (capa %1)</translation>
    </message>
    <message>
        <source>to neuron</source>
        <translation>a la neurona</translation>
    </message>
    <message>
        <source>Layer %1 (output): %2 → %3 (%4 weights + %5 biases)</source>
        <translation>Capa %1 (salida): %2 → %3 (%4 pesos + %5 sesgos)</translation>
    </message>
    <message>
        <source>Layer %1 (output): %2 → %3 (%4 weights + %5 bias)</source>
        <translation>Capa %1 (salida): %2 → %3 (%4 pesos + %5 sesgo)</translation>
    </message>
    <message>
        <source>Layer %1: %2 → %3 (%4 weights + %5 biases)</source>
        <translation>Capa %1: %2 → %3 (%4 pesos + %5 sesgos)</translation>
    </message>
    <message>
        <source>Layer %1: %2 → %3 (%4 weights + %5 bias)</source>
        <translation>Capa %1: %2 → %3 (%4 pesos + %5 sesgo)</translation>
    </message>
    <message>
        <source>from input</source>
        <translation>desde la entrada</translation>
    </message>
    <message>
        <source>from neuron (layer %1)</source>
        <translation>desde la neurona (capa %1)</translation>
    </message>
    <message>
        <source>from neuron</source>
        <translation>desde la neurona</translation>
    </message>
    <message>
        <source>weights W | bias b, scale ±%1</source>
        <translation>pesos W | sesgo b, escala ±%1</translation>
    </message>
    <message>
        <source>W | b ±%1</source>
        <translation>W | b ±%1</translation>
    </message>
    <message>
        <source>gradient dL/dW | dL/db, scale ±%1</source>
        <translation>gradiente dL/dW | dL/db, escala ±%1</translation>
    </message>
    <message>
        <source>dL/dW | dL/db ±%1</source>
        <translation>dL/dW | dL/db ±%1</translation>
    </message>
    <message>
        <source>weights W | bias b</source>
        <translation>pesos W | sesgo b</translation>
    </message>
    <message>
        <source>W | b</source>
        <translation>W | b</translation>
    </message>
    <message>
        <source>gradient dL/dW | dL/db</source>
        <translation>gradiente dL/dW | dL/db</translation>
    </message>
    <message>
        <source>dL/dW | dL/db</source>
        <translation>dL/dW | dL/db</translation>
    </message>
    <message>
        <source>weights over time</source>
        <translation>pesos en el tiempo</translation>
    </message>
    <message>
        <source>W over time</source>
        <translation>W en el tiempo</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>gradient of the last step (dL/dw)</source>
        <translation>gradiente del último paso (dL/dw)</translation>
    </message>
    <message>
        <source>dL/dw</source>
        <translation>dL/dw</translation>
    </message>
    <message>
        <source>weights per bin (log scale)</source>
        <translation>pesos por intervalo (escala log)</translation>
    </message>
    <message>
        <source>weights per bin</source>
        <translation>pesos por intervalo</translation>
    </message>
    <message>
        <source>Hover a cell to read its value; click it to select the parameter everywhere.</source>
        <translation>Pasa el ratón por una celda para leer su valor; haz clic para seleccionar el parámetro en todas partes.</translation>
    </message>
    <message>
        <source>Layer 3 (output)</source>
        <translation>Capa 3 (salida)</translation>
    </message>
    <message>
        <source>fit gradient colours to this step</source>
        <translation>ajustar los colores del gradiente a este paso</translation>
    </message>
    <message>
        <source>fit to this step</source>
        <translation>ajustar a este paso</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) = %3 · dL/d%4 = %5 · last update %6 · step %7 — click to select</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) = %3 · dL/d%4 = %5 · última actualización %6 · paso %7 — clic para seleccionar</translation>
    </message>
    <message>
        <source>Which layer to show: W[i, j] is the weight from input j to neuron i.</source>
        <translation>Qué capa mostrar: W[i, j] es el peso de la entrada j a la neurona i.</translation>
    </message>
    <message>
        <source>On: the gradient colours are scaled to the current step&apos;s gradients (the title says the scale). Off: they keep the largest |gradient| of the run, so they fade as training converges.</source>
        <translation>Activado: los colores del gradiente se escalan a los gradientes del paso actual (el título indica la escala). Desactivado: conservan el mayor |gradiente| de la ejecución, así que se desvanecen cuando el entrenamiento converge.</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>valor del peso</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>paso de entrenamiento</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Internal error while handling %1: %2. Training was paused.</source>
        <translation>Error interno al procesar %1: %2. El entrenamiento se pausó.</translation>
    </message>
    <message>
        <source>Training did not start: the trainer does not hold the current data and settings yet. Press Play again.</source>
        <translation>El entrenamiento no empezó: el entrenador aún no tiene los datos y ajustes actuales. Pulsa Iniciar otra vez.</translation>
    </message>
    <message>
        <source>Internal error while taking a snapshot: %1. Training was paused.</source>
        <translation>Error interno al tomar una instantánea: %1. El entrenamiento se pausó.</translation>
    </message>
    <message>
        <source>%1 was not changed: the model&apos;s structure changed after it was picked (it is now %2).</source>
        <translation>%1 no se cambió: la estructura del modelo cambió después de elegirlo (ahora es %2).</translation>
    </message>
    <message>
        <source>the model has no parameter %1</source>
        <translation>el modelo no tiene el parámetro %1</translation>
    </message>
</context>
</TS>
