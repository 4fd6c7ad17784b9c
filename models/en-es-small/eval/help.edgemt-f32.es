Enviar registros
En la barra de herramientas Controles de formulario, pulse en el icono del control que desee añadir.
Para crear una variable
Teclas de teclado en la vista normal
Introduzca y formato de texto
Vaya a Archivo ▸ Exportar ▸ Exportar como PDF ▸ pestaña Iniciar.
Buscar el segmento de texto que se reemplazará (a número de veces).
Seleccionar el área máximo de impresión en una página
Función Exp
precedente o equivalente
La propiedad «Framedio» es relevante para formularios HTML, pero no para los formularios de bases de datos.
Especifique la configuración de tres grupos de los subtotales. La pestaña Each tiene la misma disposición.
Permite usar expresiones regulares en la definición de filtro. Para una lista de expresiones regulares que LibreOffice admite aquí.
Alinea el contenido de la celda en el borde inferior de las celdas.
Desde base de datos
Puede copiar controles en el documento por las teclas del portapapeles (sortación C para copiar y Ctrl + F+V para insertar). Puede copiar controles ocultos en el Navegador de formularios mediante arrastrar y colocar mientras mantener la tecla Ctrl.
Barra de color
Para combinar el contenido de la celda
Por ejemplo, la función de llamada en SQL para calcular una suma de summ:
Seleccione «Y» para activar la función AutoFargo para el control seleccionado.
Incluye estilos de borde en el estilo de tabla seleccionada.
Abre el cuadro de diálogo Seleccionar ruta para seleccionar otra carpeta o el diálogo Abrir para seleccionar otro archivo.
Muestra u oculta la regla vertical. La regla vertical puede usar para ajustar los márgenes de la página vertical, las celdas y objeto, alturas en la página.
RIGHT("Texto" [; Número])
Puede elegir un mensaje de aviso al guardar un documento en un formato que no es el formato OpenDocument o que no se ha establecido como formato predeterminado en el cuadro de diálogo Opciones ▸ General.
Modo de texto
Caracteres
Seleccione el campo de datos que desee ordenar columnas o filas.
Vaya a Insertar ▸ Sumario e índice ▸ Sumario, índice o bibliografía ▸ pestaña Tipo (por ejemplo, el tipo de usuario seleccionado es el tipo seleccionado)
Color de línea
Abre eluro de la frecuencia.
Pmm es la constante de una constante en cada período.
Establece el tipo de referencia:
En Windows o UNIX utilizando los sistemas de GNOME o KDE, esta opción, esto digo a LibreOffice para usar la configuración del sistema. Debe reiniciar LibreOffice en la configuración de LibreOffice.
Texto: Cualquier expresión de cadena que especifica la ruta o la unidad de directorio.
Escriba su posición en la precieda en este campo.
Si la hoja de cálculo se exporta a Microsoft Excel, la función CILINGO está exportada como el CEIIL.DEGINIOR. Los valores de la función devuelve 20. Si es posible usar la hoja de cálculo con oídos de Excel, utilice las versiones CEILINGO.REGRECISE que contiene 200 o 1000, CLINEX.LINLLAMAX como la función CUGIO.
Escriba el nombre del usuario que se requiere acceder a la base de datos.
Proteger esta hoja y contenido de las celdas protegidas
Permite seleccionar un filtro de importación.
El valor inicial es el valor inicial de un activo.
Abre un submenú. Elija un idioma para el párrafo actual. Vaya a No hay ningún párrafo actual de la revisión ortográfica y corte de palabras.Chora se abre para abrir un cuadro de diálogo con más opciones.
En el diálogo Intervalos de datos puede establecer o cambiar el intervalo de datos del componente seleccionado de cada serie de datos seleccionado.
Escriba una instrucción en el cuadro Condición. Por ejemplo, usando la variable anteriormente definida, escriba=1.
Elimina la capa activa.
Pulse en donde desee insertar el archivo.
Cuadro de lista derecho
ListaBox1.opciones[0].valor=Valor""
Insertar ▸ Comentario
devuelve el valor 12.
Continuar a la página siguiente de la página del documento.
Calc abre la hoja de cálculo de LibreOffice Calc
Pulse en el color en la imagen. El color aparece en el cuadro de diálogo Color de origen y la casilla de verificación al fondo.
Añade el elemento a la lista.
Para crear un GIF animado:
TODAA()
= : Les que o igual a
Oprima Intro para mover la selección
Insertar ▸ Función ▸ categoría Financial

La tasa de precios es el precio destitutución de la frecuencia de  ( en la fórmula encima de la fórmula). El valor se expresará como un decimal (por ejemplo, escriba 15% como 0.15).
Objeto de objeto: el objeto a inspectido.
Define el tipo de la propiedad. Los tipos válidos son:
Para Ocultar un párrafo
Si se activa la casilla, la lista solo es válida como el documento actual.
Anchura de página
Calidad JPEG
Resultados en una serie de datos suavizado
Permite mostrar en la característica automática.
Insertar la fórmula =DCONTARA(A1:E10; A12:E13) en una celda vacía en la hoja de la hoja para calcular las partes de Joele partes más más más que nesen más de 6060. El valor 5 es devuelve.
longitud 59 en la longitud de registro
Establece las opciones de numeración para todos los niveles de los niveles.
El uso de uso común de URLs es en las páginas internetadas cuando especifican páginas web. Ejemplos para protocolos son http, http o archivo. El protocolo de archivo de protocolo se utiliza cuando se refiere a un archivo local en el sistema local.
Si arrastre el texto a la vista de contorno de una presentación, se insertará en la ubicación del cursor.
Una marca de palabras aparece al puntero del ratón. Puede mover este punto de ayuda del ratón sobre todos los controles, los iconos y menús para obtener una descripción de la orden. El punto de ayuda del ratón está desactivado la siguiente vez que pulse en el ratón.
Disminuir la altura de la fila actual (solo en el modo de OpenOffice.org alternativo).
Establecer fecha/Time
Nuevo versiones
En todos los tipos de documento, puede abrir el cuadro de diálogo Hiperenlace para editar un hiperenlace. Primer cursor en el hiperenlace o directamente delante del hiperenlace, a continuación, pulse en el icono Hiperenlace en la barra Estándar.
=IM.SECH("4-3i") devuelve -0.03625349691586899.0064564364075.
Enumera la sección o objeto que los enlaces se refieren en el archivo de origen. Si desea, puede introducir una sección nueva o objeto aquí.
Abre el cuadro de diálogo Desbloquear la dirección en el que puede definir una disposición de bloque de direcciones nueva.
Ángulo de rotación
Dirección nueva
Para eliminar un gráfico dinámica, seleccione el gráfico y oprima Del.
Operador ORIO
Desplaza el foco un elemento a la izquierda en el área de diálogo actual.
Arrastre un título a una ubicación nueva en la lista del Navegador.
NPer es el número total de períodos, durante el que los pagos se han hecho (pamento).
También puede establecer sangrías mediante la regla. Para mostrar la regla, vaya a Ver ▸ Regra.
Cuando la comprobación, muestra se dibujarán en orden de datos de población. Las muestras no se pueden volver a la población (usclusar con sus reemplazo). Esta opción está marcada automáticamente para el periodo de Periodo. Cuando la marcada, las muestras se dibujan en orden aleatorio.
Copia el formato del objeto que se define en el formato Formato ▸ Gráficos o Formato ▸ Objetos de dibujo. El contenido, el tamaño, la posición, los hiperenlaces y macros en el objeto no se copian.
Número es el valor para el que se calculará la distribución F.
En la barra de herramientas Estándar, pulse en
Escriba la dirección de la internetina de la página.
Intervalo de número
Inserta un índice o una tabla del contenido en el patrón.
Appende datos
Eliminando una biblioteca
Pulse dos veces en una carpeta abierto para cerrarla y oculta la subcara y las páginas de ayuda.
=REDONDEAR(2.5) devuelve 3.
Área de entrada de búsqueda de texto
La opción automática solo está disponible para enlaces DDE. Puede insertar un enlace DDE por copiando el contenido de un archivo y pasando a Editar ▸ Pegar especial y, seleccione el cuadro Enlace. Como el sistema DDE es un enlace basado en el sistema, solo se copian los decimales en la hoja de destino.
Kurstos
Revisión de hojas de Naming
Obtener funciónPredeterminado de configuración
El cuadro de diálogo Combinar correspondencia en la impresión y guardar cartas.
MODE.SNGL
Pulse en el icono Bordes para abrir las barras de herramientas, donde puede modificar el borde del área de una hoja o un objeto.
Diríjase entero
Para saltar a una celda en una hoja de cálculo, primero escriba un nombre para el intervalo de celdas (Ho intervalos de celdas - Nombres y Expresión ▸ Definir).
Pmático es la nucidad con períodos regularmente por período.
Mostrar la vista previa de diapositivas
Escriba el número de diapositivas para mostrar en cada fila en la hoja de diapositivas.
Utilice este icono para insertar un conjunto vacío. Introduzca el activo en la ventana Órdenes, en orden para insertar un conjunto vacío en el documento.
.5 como 0.5 (con dos espacios adicionales al final)
Ocultar la columna seleccionada(s). Para mostrar columnas ocultas, pulse con cualquier cabecera de columna, y a continuación, elija Mostrar columnas.
Activar forma personalizada
Desplaza el elemento seleccionado en la lista.
Asigna una contraseña maestra para proteger el acceso a una contraseña guardada.
Insertar datos desde las hojas de cálculo
Degradados
Oprima Ctrl y pulse en la pestaña de la hoja donde desee insertar el contenido.
IMAGINAR("Número Complejo")
Consulte también: Instrucción PUT
Ello
Vaya a LibreOffice ▸ PreferenciasHerramientas ▸ Opciones ▸ LibreOffice ▸ Ver.
En el editor de diálogo EID de Basic, abra la barra de herramientas Organizar ▸ Barras de herramientas ▸ Idiomas.
=MULTINOMIAL(F11:H11) devuelve 1260, si F11 a H1 contiene los valores H1 y 2, 3 y 4. Esto corresponde a la fórmula =(2 +3+4) / (2!3!4!)
Seleccione la paleta de color en el cuadro de lista para seleccionar el color del objeto seleccionado. El color de la paleta muestra debajo.
Un guiones () da una línea de un único (0.575 groso).
Seleccione la configuración para los documentos de Microsoft Word.
Seleccione la distancia entre las líneas del borde y los caracteres seleccionados en el área Par. Solo puede cambiar distancias para los bordes que tienen un borde definido.
LibreOffice Calc guarda todas las hojas de un documento de Calc junto al documento HTML. En el principio del documento HTML, un título y una lista de hiperenlaces se añaden automáticamente las hojas individuales en el documento.
Etiqueta única
Establece el componente verde en el color de la diapositiva vertical, y el componente azul y los componentes azules en el campo bidimensional seleccionado. Los valores se pueden 0 a 255.
Conectar una visualización de forma predeterminada a su equipo,
Insertar la fórmula =DDESVESTD(A1:E10; "Web"; A12:E13) en una celda vacía en la hoja de la muestra para calcular la desviación típica de la salida estándar en las partes de los ketas. El valor 5.5 es devuelve.
Abre el diálogo Pegar especial.
Devuelve un objeto ScriptForge.Dicario que contiene todas las entradas. Las estadísticas de documentos se incluyen. Nota que son específicas al tipo de documento. En ejemplo, un documento de Calc incluye una entrada "CellCot. Otros documentos no.
... El campo de datos contiene la expresión indicada. El sustitutivo () indica si la expresión x aparece en el principio de la cantidad (x), al final del final (x) o dentro del campo (4). Puede introducir como un sustitutivo en SQL en el carácter SQL o la familia de archivos SQL () del sistema en LibreOffice.
FINDB(Fin texto ; Texto [; Posición])
La ventana de un color de color
Después de la búsqueda ha sido trasportado, los títulos de los resultados aparecen en una lista. Pulse dos veces en una entrada, o seleccionela y pulse en el documento correspondiente para cargar el documento de ayuda correspondiente.
Crear directorio nuevo
Seleccione el nombre corto del registro bibliográfica que desee insertar.
Escriba el nombre del servidor del servidor que contiene la base de datos, por ejemplo lápdap.
Dibujar dibujos de LibreOffice Draw
Formas Fontwork - edita la forma
Quita el código de referencia seleccionado de la línea Estructura.
Collect al final de la sección
Dibuja un rectángulo donde arrastre en el documento actual. Pulse en donde desee colocar una esquina del rectángulo, y arrastre al tamaño deseado. Para dibujar un cuadrado, mantenga oprimida Mayús al arrastrar.
Crea y guardar la plantilla de fax, a continuación, abra un documento nuevo basado en que plantilla.
Oprima Ctrl + F.
Define si los gráficos del documento se muestran o ocultos.
Oprima.
Puede ver la lista de todos los estilos de párrafo aplicados a un contexto.
Fix (Expresión)
Polío de Tubecidad
Nodo: Entrada de datos
Vaya a un gráfico XY para las tareas siguientes:
Escriba el ángulo de rotación para las líneas de trama, o pulse en la posición del ángulo.
fuchia o magenia
En el cuadro de diálogo Imprimir o la configuración de impresión, seleccione la lista de la impresora y pulse en Propiedades. El cuadro de diálogo Propiedades aparecer varias páginas. Este es posible que se puede utilizar la configuración que se utilizan según el archivo PPD seleccionado.
Compruebe este cuadro para asignar el atributo de forma en el tipo de letra.
Especifica el conjunto de caracteres que se utiliza en el archivo importado.
Forma las propiedades de las propiedades del objeto más alto en el orden de pila.
Inserta un cuadro de texto con el número de página actual.
Errors
Seleccione una zona zona activa en la imagen de edición.
Contraso de disponer con círculo al círculo
Convierte una nota final a una nota al pie.
Pulse dos veces en un elemento del gráfico en modo de edición:
Muestra todos los diseños existentes.
Reiniciar en modo Safe
CONTAR.SI
Vaya a Herramientas ▸ Cuenta de palabras
Añade o eliminar numeración de los párrafos seleccionados.
=DAS360("200-001-01";A()) devuelve el número de días del 1, 20 hasta hoy hoy.
Especifique el campo de enlace a partir de los campos de datos en el patrón de formulario. En el cuadro de subforme, el campo Enlazar se puede establecer como un campo que coincida con el contenido del campo Enlace.
Variables basadas en el contenido de los campos de base de datos
ODF 1.3, ampliación
Permite añadir las bibliotecas de macro para la aplicación actual y cualquier documento.
Resultado de función
El abrir, el alto, alto, los valores de una fila de una unidad de datos con la unidad de gráfico. Una serie de precios de datos con una serie de varias filas que contiene unidades de datos. La columna que contiene los volumen de transacción con la segunda serie de datos opcionales.
Muestra los siguientes archivos a la impresora predeterminada, después de los archivos que se cerrarán. La pantalla de la pantalla no aparece.
Nombre y nombre del archivo
Escriba el nombre que desee mostrar en el cuadro de diálogo Archivos de archivo. Debe introducir un nombre de nombre. Para importar filtros, el nombre aparece en el cuadro de diálogo Archivos de Abrir. Para exportar filtros, el nombre aparece en el cuadro de diálogo Archivos de exportación.
Especifica el efecto del efecto actual en el cuadro de diálogo Opciones.
Cuadrado
Invertir la acción de la última orden Deshacer.
Cuando se ha seleccionado un símbolo, su nombre aparece en la lista de símbolos y una versión aparece en un cuadro derecho. Nota que el nombre debe ser tipo de ventanas en el cuadro Órdenes exactos como se muestran (ca).
Devuelve la cotangente hiperbólica de Número.
Nuevotonto
Especifica que el texto en las celdas puede superponer otras celdas. Esto puede ser útilmente útil si hay un espacio de espacio. Esta opción no está disponible con direcciones diferente.
Formato ▸ Disposición de diapositiva
Guja
Enumera los certificados de confianza.
Muestra los botones de Cancelar y Cancelar.
En el área Pegar, la comprobación solo los formatos de formato. Todos los otros cuadros deben tener marcar. Pulse en Aceptar. Si se puede pulsar en el botón Formato de formato solo.
Utilice el filtro Estándar para refine y para combinar opciones de búsqueda automática.
Utilizar las teclas de teclado
Si no indica una referencia, el número de fila de la celda en la que se encuentra. LibreOffice Calc establece automáticamente las referencias a la celda actual.
Escriba un valor para el campo seleccionado.
Los programadores pueden escribir y integrar sus propios documentos de red (Unibilidad de red) a LibreOffice. Los componentes nuevos pueden añadir a los menús de LibreOffice y barras de herramientas; Y llamandolos «Add-Ons».
Anchura Fit
Abre un submenú con las opciones siguientes opciones siguientes:
El modo Notas muestra la diapositiva actual en la izquierda, las diapositivas no está en la derecha y la siguiente diapositiva actual.
El ejemplo es un ejemplo de cómo crear funciones con LibreOffice Math. Si desea utilizar el ejemplo en su fórmula, copiarlo en la ventana Órdenes mediante el portapapeles.
Seleccione el tipo de números utilizados dentro de texto, texto en objetos, campos y controles, en todos los módulos de LibreOffice. Solo se afectan el contenido de la celda de LibreOffice Calc.
Crear degradados de degradados
=PROMEDIO.SI(A2:A6;"."&2&2...";B2:B6)
En Writer, puede pulsar con cualquier lugar en un hiperenlace y editar el texto visible.
Fecha (MDY)
Seleccione las reglas definidos por el usuario y establecer las viñetas para la revisión ortográfica.
Vaya a Formato ▸ Sección... Y seleccione la sección en la lista Sección o derecha con el botón secundario del ratón en la sección del Navegador y elija Editar.......
CUMAR.MT(Rar; NPer; PV; S; E; Tipo)
Alineado, el texto de los bordes, a partir de bordes y más.
Pulse con el botón secundario del ratón en el índice o la tabla del contenido, y a continuación, elija Editar índice o sumario.
MEDIAN(Número 1 [; Número 2 [; ... [; Número 255]])
Escriba una copapala de las ventanas en el cuadro Órdenes para producir dos caracteres con una izquierda (desdes) entre ellas derecha) entre ellos. Los caracteres se establecen por lo que todas las izquierdas de la izquierda, y todo lo que está hacia la derecha. Esta orden también está disponible en el menú contextual de la ventana Órdenes.
Alternativamente, utilice la cadena de semana "000100" para el día de la semana.
(Por qué fórmula matricial)
Vaya a Editar ▸ Duplicar
Inserta hojas, intervalos.
Aplica las propiedades de tramas actuales al patrón seleccionado. Si desea, puede guardar el patrón debajo de un nombre diferente.
paso siguiente: Asistente para combinar correspondencia ▸ Dirección
Utilice esta orden para aplicar estilos de letra para aplicar una selección de texto.
Puede instalar más revertinas como extensiones, si está disponible. Abra Herramientas ▸ Gestor de extensiones y blasfectar a las extensiones web si buscan para buscar extensiones.
En la versión de Microsoft Word y en versiones de Writer, la cabecera/footer y el contenido de la nota al pie/ende el contenido no se ajusta en pantalla de los objetos flotantes. El contenido del contenido de texto en la pantalla de objetos flotantes que se anclan en la cabecera de página.
Si no hay expresiones iguales y no es dado resultado, un error N/A/AN se devuelve.
En el menú contextual de una celda, vaya a Insertar ▸ Filas
Si selecciona esta orden cuando el cursor está en medio de tres tablas concutivos, se le preguntaron para seleccionar la tabla que desee combinar.
por
Contraseña (opcional)
En las marcas de mosaico
Is othogonal a
Fórmula: establecer el mínimo y máximo como una fórmula.
Anchura completa
Vaya a Formato ▸ Imprimir intervalos de impresión ▸ Definir.
Función HaUnoInterter
Devuelve el número de muestras en períodos que se calculan por Calc en mayúsculas y funciones de PRONOSTICO.ETS cuando el argumento es igual a 1.
=ERROR.ERROR(N/A)
Copiar toda la hoja
Cuando incluir hiperenlaces, dos factores deben ser quitado en cuenta: si se establecen como absolutos o absolutas, si no está presente, ni se presenta el archivo.
La vista del objeto gráfico no cambia.
Predeterminado
Sin sincrones o unrcine
Órdenes para calcular las celdas de fórmulas.
En la barra de herramientas Controles, pulse en
Conversión automática a Formato de fecha
Editar documentos individentes
Aplica los cambios que se realizan, y luego cerrar el cuadro de diálogo Editar entrada bibliográfica.
Añade o quitar un pie de página del estilo de página que seleccione en el submenú. El pie de página se añade a todas las páginas que utilice el mismo estilo de página. En un documento nuevo, solo el estilo de página «Predeterminado» se lista. Otros estilos de página se añaden a la lista después de aplicarlos en el documento.
Escriba el valor para la opción de datos válidos que se ha seleccionado en el cuadro Permitir.
Los siguientes listas y describe todos los eventos en un formulario que se pueden enlazador a una macro:
Este parámetro no se guarda en el documento pero en la configuración de LibreOffice.
Capalsiones
Ctrl + +
El ejemplo es un ejemplo de cómo se pueden combinar los métodos Flat y Append pueden combinar tres matrices.
Descripción de Basic IDE
La función busca que los valores del intervalo B2:B6 son menores que el segundo valor grande en la media 2:0 y calcula el intervalo de valores correspondientes de C2:C6. Devuelve 180, porque solo el cuarto fila en el cálculo.
En la ventana del archivo de base de datos, pulse en los iconos de informes.
Barra Herramientas
Línea de firma
Cambia entre ellas y vistas de objeto.
Vaya a Deshacer.
Función IM.CSCH
Línea de tendencia de tendencia: regresión con equación y=ax+b. Interceppro puede forzarse.
Polígo (45°)
Línea por encima (overkeke)
Iniciar una matriz nueva-based con valores numéricos.
Este diálogo solo está disponible para gráficos basados en una tabla de Calc o Writer.
Enlaces a archivos externos
Líneas automática en Writer
El Navegador aparece después de crear un patrón de documento. Para editar un subdocumento, pulse dos veces en el nombre del subdocumentos en el Navegador.
Teclas de teclado en LibreOffice Impress
Especifica un retardo adicional de n segundos hasta el efecto de inicio.
Exporta el documento en los formatos PDF o bien.
Estilos condicional
Especifica el campo cuyos datos se muestran en los cuadros combinados o lista.
Filtros HTML y formularios
Formato de individente
LibreOffice Draw Fareaeas
O bien, pulse en la selección derecho para abrir el menú contextual y elija Combinar celdas. Si se presenta celdas, se presentan en lugar de la selección contiene celdas y no se pueden combinar correspondencia.
Valor decimal
Página o hacia abajo abajo: la tabla de desplazamiento hacia abajo o hacia arriba
Seleccione la opción de filas para sugrizar el contenido de las filas seleccionadas en una lista.
Seleccione el tamaño de su tarjeta de presentación desde un formato predefinido, o un tamaño que especifique en la pestaña Formato.
Algunas ejemplos muestra el intervalo de operaciones.
Devuelve el valor más pequeño para la distribución acumulada de binomial es mayor que o igual a un criterio.
Muestra la anchura del formato de papel seleccionado. Para definir un formato personalizado, escriba una anchura aquí.
Establecer un estilo de borde personalizado
El filtro HTML ahora usa precisionar estas interfazs y métodos de métodos que se pueden importar y exportación como eventos. Puede registrar un evento en el foco
En LibreOffice ▸ PreferenciasHerramientas ▸ Opciones ▸ LibreOffice ▸ General puede establecer desde el número de dos-digit número de entrada como 20xx.
Si selecciona «Macro», a continuación, se puede especificar un botón Examinar una macro para ejecutarse en el evento de error.
Utilice el cuadro de diálogo Campo de datos para seleccionar los cálculos que se utilizan para los datos. Para hacer una selección múltiples, oprima la tecla Ctrl mientras pulse en el cálculo deseado.
Rutas internos
Ahora puede utilizar Tab para seleccionar el objeto de dibujo o gráfico gráfico y Mayús+Tab a seleccionar el anterior.
iguales
Applicable
Escriba la cantidad de espacio vertical que desee al principio del conector.
Inicia con un documento de Impress.
Seleccione la opción de forma predeterminada como un tipo de búsqueda en el segundo plano de la página HTML.
El número complejo es un número complejo que se debe calcularse.
Para definir una transición de color para los coinsiones, seleccione diferentes colores en los cuadros iniciales. El color inicial es aplicado al objeto que está duplicado.
Sobreligación
Devuelve un código numérico para el primer carácter en una cadena de texto.
Cifrado de círculo, Desfiltrado
Puede cambiar la secuencia de entradas por pulse en la barra de columnas en la columna Tipo. La anchura de la columna puede cambiar el separador entre las columnas del ratón con el ratón.
Objetos de diálogo de diálogoLibras
Pulte/lash /
Escriba la intensidad de los efectos specular.
En el cuadro Tipo de diálogo Tipo de gráfico de un gráfico o XY que muestra líneas, vaya a Suavizado en el tipo de línea, a continuación, pulse en el botón Propiedades del botón Propiedades.
Solo está visible al pulsar en el botón ECtrl en la línea Estructura. Seleccione para mostrar el número de capítulo o sin separador.
Puede organizar fórmulas mediante el panel Elementos. Abre la vista con el menú Ver ▸ Elementos si no está abierto.
La tabla dinámica muestra los campos de datos que se pueden arrastrar y arrastre para definir la tabla dinámica.
411 (poponés)
Cómo escribir fórmulas en LibreOffice Math sobre dos líneas manuales (con saltos manual):
Este icono cambia el puntero del ratón para seleccionar el modo, o desactivar este modo. El modo de selección se utiliza para seleccionar los controles del formulario actual.
Pulse en la regla para establecer una sola izquierda. Pulse con el botón secundario del ratón en una pestaña para ver el menú contextual en el que se puede cambiar el tipo de pestaña.
Especifica el título de la plantilla del documento.
Especifique el tipo de transparencia que desee aplicar.
=SUMA(A1:E10) calcula la suma de todas las celdas en el intervalo A1 a la celda A10.
SHEEETS
Seriñe
El valor devuelto por los métodos de Subformes dependen de los argumentos proporcionados:
Neverso
Si se necesita cambiar un criterio con , puede especificarlo en una celda separada y usar una referencia a esta condición en la condición PROMEDIO.SI.CONJUNTO. Por ejemplo, la función anterior puede rescribirse como sigue:
Botón predeterminado
Escriba el mensaje que desee mostrar cuando se introduce datos no válidos en una celda.
En el intervalo de variable independiente (X) (X:
Este añadir el estilo seleccionado al borde actual de las celdas. Seleccione el estilo de borde vacío en la parte superior izquierda de las ventanas de borde para limpiar todos los estilos.
Escriba las propiedades para cada campo de datos seleccionados. En el tipo de base de datos, algunos tipos de entrada no se pueden disponibles.
Cierra el diálogo y descarta todos los cambios.
Combinar delimitadores
Gutero
Para insertar un salto de línea en una celda de texto, oprima la tecla Intro.
Lista de direcciones nueva
Los bordes de la celda y sombra se muestran siempre en el color del texto cuando se activa. El color de fondo de la celda se ignora.
Añade la hoja anterior a la selección de hojas actual. Si todas las hojas de una hoja de cálculo se seleccionan, esta combinación de atajos solo seleccione la hoja anterior. Hacer la hoja anterior a la hoja actual.
Introduzca la longitud del focal, donde se corresponde al valor más pequeños a «sheyer», y un valor grande, y el valor grande.
Seleccione una base de datos registradas que desee insertar el campo seleccionado. También puede cambiar la tabla o consulta que el campo seleccionado se refiere al campo seleccionado.
Escriba el subtítulo deseado para el gráfico. Este se mostrará debajo del título en el campo Título del título.
Abre un cuadro de diálogo para introducir o modificar los títulos en un gráfico. Puede definir el texto para el título principal, subtítulos y las etiquetas, si se muestran.
Inserta un marco flotante en el documento actual. Los marcos se utilizan en documentos HTML para mostrar el contenido de otro archivo.
Utilizar texto automático
Reduce o en la pantalla de la pantalla del documento actual. Pulse en la flecha siguiente para abrir el icono para abrir la barra de herramientas.
Recalcular todas las fórmulas en todas las hojas.
Cierre el cuadro de diálogo Propiedades.
Resolución puede establecer los días, meses o años como intervalos.
Reducir o enlar el gráfico
Alinea el texto verticalmente.
Fecha es la fecha dentro de la semana del calendario.
Instrucción WWend...
Estálimas de Wait
Para crear una página web para el Internet, abra un nuevo documento HTML mediante Archivo ▸ Nuevo.
Exportar gráficos como archivos de imagen.
Join una matriz con dos delimitadores, uno uno de dos columnas para las filas.
Brochura
Generando cada nombre de datos desde un nombre de una base de datos.
Seleccione las celdas de la celda actual a la primera celda actual.
Vaya a Herramientas ▸ Corrección automática ▸ Aplicar.
Códigos de formato numérico
Esta opción está activa como predeterminado. Todas las series de datos se alinean al eje Y.
resultado THEN2
Pulse y arrastre en cualquier dirección para añadir un punto de ancla.
Traer delante de la parte.
Nota al pie
Función TwipsPixiX
La probabilidad determinada por INV.CHI también puede determinar con CHI, en el cual se encuentra en mayúsculas y el cuadrado de la muestra del parámetro aleatorio debe pasar como un parámetro de fila.
La matriz más pequeños es una matriz 1 x 2 o 2 x 1 con dos celdas adyacentes.
Muestra el nombre de una variable. Si desea, puede introducir un nombre nuevo.
Activar soporte CTL usando LibreOffice ▸ PreferenciasHerramientas ▸ Opciones ▸ Configuración de idiomas ▸ Idiomas.
Nota que se ha seleccionado las entradas de la lista especificada en el formulario si se encuentra en la pestaña Datos debajo de lista Tipo, la opción Tipo de lista «Valores» es seleccionado.
Seleccione el archivo de extensión (usualmente un archivo con una extensión de archivos oxt)
Quita todos los de las pestañas que se definen debajo de la posición. Establece las pestañas izquierdas a los intervalos regulares como la pestaña predeterminada.
=B8-SUM(B10:B14)
Calcula un valor de fecha de una cadena de fecha.
Arrastre y colocar
Los criterios de potencias pueden crearse mediante expresiones regulares, proviando que la expresión regular se han activado en la opción Activar expresiones regularas en LibreOffice ▸ PreferenciasHerramientas ▸ Opciones ▸ LibreOffice Calc ▸ Calcular ▸ Configuración de LibreOffice Calc.
Establece el espacio adicional entre el carácter grande en una fila y los límites de celdas.
Archivo ▸ Abrir
Para cambiar el marco, arrastre los bordes del marco.
Longitud máxima de la barra máxima (%):
CEILINGO.XCL
Si se usan paquetes de LibreOffice principal de la distribución Linux, sigue los pasos debajo de las pasos.
En el cuadro Valor, escriba «5000».
Para formularios HTML, puede introducir un valor de lista en contenido. Seleccione la opción «Valores» en Tipo de lista. Los valores introducidos aquí no se mostrarán visibles en el formulario, y se utilizan valores visibles para asignar las entradas visibles. Las entradas en el contenido de la lista se corresponden a la etiqueta HTML OPCIÓN=....
Asistente para consultas
YEARIO
Encoplar al tamaño de la celda
Usar la sugerencia anterior con la Compleción de palabras automática
Combinar con el párrafo siguiente
Si desea extender un pie en los márgenes de la página, inserte un marco en el pie.
Seleccione la ubicación que contiene las bibliotecas de macro que desee organizar.
Vaya a Editar ▸ Marcador siguiente
Vaya a Archivo ▸ Vista previa en navegador web.
Seleccionar elemento de gráfico
Abre la barra de herramientas Símbolos de símbolos desde el que puede insertar imágenes en el documento.
Devuelve la cotangente hiperbólica de un número.
Consulte también: PRONOSTICO.ETS.MULT, PRONOSTICO dePRONOSTICO.ESTASTA.SUMA.ETS, quieta.MULT.PIA.MULT; PRONOSTICOPRONOSTICO.PI, ETS.PI.PIPI.ETS y PRONOSTICO, DIREPIIONON.AALALAL.LA.LINESTINECON.
La función Alinear la función a alinear objetos relativos a cada uno o relativo a la página.
En un uno de las celdas introduzcan la fórmula =RIO(), y se obtenerá un número aleatorio entre 0 y 1. Si quiere enteros entre 0 y 50, escriba la fórmula =INT(RA()50).
Vaya a Formato ▸ Columnas ▸ Anchura Optimalal.
Sumario, marcada y pulse en Aceptar.
Convierte un punto de esquina o simétricométrica en un punto suave. Los puntos de control de la esquina del punto de esquina se alinean en paralelo, y solo se puede mover simulta. Los puntos de control pueden diferentes en la longitud, permitirle el grado de la curva de curva.
Pulse aquí y, seleccione el orden de ordenación personalizado que desee.
Invío es la compra.
Cuando se ha cambia la ubicación del documento, por ejemplo después de un archivo - Guardar como acción.
Definiendo imágenes o colores en el fondo de Páginas (Wa marca)
Seleccione el origen de la hoja para imprimir. Los valores posibles pueden imprimir todas las hojas y impresoras seleccionadas.
Finalizar horizontal
El cuadro de verificación está configurado a "undeminado" si se encuentra una casilla de verificación tritriz, la casilla de comprobación se marcada.
Texto: la cadena que reemplazar la expresión de cadena (Mid).
Carmes inferiores
Ctrl + tecla de flecha
Actualizar las notas
Hereciendo la función 25656 gibits para mebibytes, devuelve el valor 32768. Las unidades monetarias (bit y byte) son en el grupo de información del grupo y soportes binarios.
Vaya a Formato ▸ Párrafo y, a continuación, pulse en la pestaña Numeración y viñetas.
Dibuja un conector de línea recta. Pulse en un punto de unión en un objeto, arrastre para un punto sobre otro objeto y luego suelte el botón.
Incluye estilos de fondo en el estilo de tabla seleccionada.
En los documentos de texto pueden encontrar palabras, formato, estilos y más. Puede navegar de un resultado a la siguiente, o puede resaltar todos los resultados en una vez, a continuación, aplicar otro formato o reemplazar las palabras del texto.
Matriz de cadenas
Este añade los recursos de cadena que contienen las versiones traducidas de todas las propiedades de todos los cuadros de diálogo. El conjunto de cadenas del cuadro de diálogo predeterminado se copia al establecer las cadenas nuevos. Elter, puede cambiar el idioma nuevo y luego transparente la cadena.
Asks para la contraseña maestra. Si el patrón de contraseña es correcta, muestra el diálogo Contortor de la conexión web.
Mayús + Ctrl + F5
Todas las celdas con contenidos que se incluyen en la selección está resaltado.
Vaya a Herramientas ▸ Detective ▸ Incepciones.
Fracción Fracional es un número dado como una fracción decimal.
Prefera crear firmas XAdES para ODF y OOXML, firma PAES para PDF.
Carácter de relleno
Botón ABCD
Anchura Optimal
Muestra el logo de LibreOffice en la presentación. El logo no se puede escribir.
Abre un menú contextual.
Transacación de controles en el Editor de diálogo
"color ..." y "font ..." como "size ns" (n) es un decimal de la misma operación precedentemente de los mismos.
Insertar y editando pestañas de edición
Función FechaDiff
Vaya a Herramientas ▸ Notas al pie y finales ▸ pestaña Fines
Seleccione el formato de archivo para el documento que se guarda. En el área de visualización, solo los documentos con este tipo de archivo se muestran. Los tipos de archivos son describe en la información de importación y Exportación.
Referencia representa la referencia a una celda o intervalo de celdas.
Isuevo es la fecha del problema de seguridad.
Teclas de teclado en diapositivas
Escriba el número de filas o columnas que desee dividir la celda seleccionada.
La entrada coincide con un criterio de filtro.
Ordena la selección del alto, o el valor más más bajo, o del valor más alto. Los campos numéricos se ordenan por tamaño y los campos de texto por el orden de los caracteres. Puede definir las reglas de ordenación en Datos ▸ Ordenar ▸ Opciones. Puede definir el predeterminado en LibreOffice ▸ PreferenciasHerramientas ▸ Opciones ▸ Idiomas.
El nombre de archivo introducido se usará por el uso para cambiar las diapositivas. Seleccione un directorio vacío.
Subformes
No es posible imprimir una imagen grande a dos páginas. Cortar la imagen en dos partes, y inserta cada parte en varias páginas.
Por ejemplo, escriba la fórmula siguiente en la celda A1 de Hoja1:
PROMEDIO, CONTAR, COUNTA, MAX, MIN, PRODUCTO, DESVEST.S, SUM, ES.SI, VAR, VON.ADEN, VADIA.AND, NODION.DE.EGUR, PREGUUURA.LA.
El error VALOR es resuelto si todos los argumentos se ignoran.
=RECIVEEV("1999-02-159";"1959-190-05";10;000;50) devuelve 201242416426.
Los cambios no se han realizado a la selección actual, y cada vez se detectará la selección. La palabra siguiente o carácter será seleccionada para la conversión. La lista de texto ignorada es válida para la sesión actual de LibreOffice.
AutoFugo automáticamente una serie de datos basada en un patrón definido.
Pulse en el icono Hiperenlace en la barra Estándar, pulse en Documento.
Berno
Especifica el color de resaltado en un documento.
Las señales de tiles () da una línea thin/thick/2.25 grusiones).
Seleccione la opción Broch para imprimir el documento en formato brochura. También puede decidir si quiere imprimir la parte, y las partes de las alas de las brochuras.
Formato de impresión
Los datos se deben obtener como texto; no hay conversión a números
La función se puede utilizar en convertir las coordenadas de las Coordenadas a polar.
Intervalo
manualmente
Ctrl + F
Apple Macintosh (Turk)
Pulse en otra celda y, a continuación, pulse en la celda donde el tipo de celdas.
elimina - inmediatamente eliminar el contenido de la celda, sin el diálogo.
Pulse en el botón de asignar .
Todos los campos de formato (solo, hora, moneda, numéricos) son automáticamente en el formato seleccionado como lo que se debe dejarán a menos que se introducen en la entrada.
Inserta el sobre la página actual en el documento.
Con el asistente, puede modificar las entradas y las opciones en cualquier tiempo. También se puede saltar una página o bien todas las páginas del asistente, en el que minúsculas (o predeterminado) permanecerá en efecto.
después de texto automático se inserta
Reproduce el efecto de animación de animación. Para especificar el número de veces para reproducir el efecto, desmarque esta casilla y escriba un número en el cuadro Continuar.
Con el valor de color vertical se puede modificar el valor del componente de cada componente. Con el cuadrado de color se puede seleccionar el componente de color grande aproximadamente.
MODE(Número 1 [; Número 2 [; ... [; Número 255]])
Seleccione la casilla de expresiones regulares.
Macros en Microsoft Office y LibreOffice
Dibuja un rectángulo redondeado en el que se arrastre en el documento actual. Pulse en donde desee colocar una esquina del rectángulo redondeado, y arrastre al tamaño deseado. Para dibujar un cuadrado redondeado, mantenga oprimida Mayús mientras se arrastre.
Puntos de interrupción y un paquete de Pasual
Muestra la plantilla que se utiliza para crear el archivo.
PRONOSTICO.LINEAR(Valor; DatosY; DatosX)
Vaya a Forma ▸ Organizar ▸ Enviar al fondo (LibreOffice Draw).
Editor de patrón
Ajustar texto a marco.
roto
Vaya a Herramientas ▸ Numeración de capítulos y pulse en la pestaña Numeración.
DIASSINE
Crear controles en el Editor de diálogo
Esta función está disponible desde LibreOffice 6.4.
Inglés US
Para ordenados, seleccione el valor del primer elemento de la lista.
Patróns de documentos y subdocumentos
El valor vacío indica que la variable no está inicial.
WEIBUL
Minudo
Escalar todos los paréntesis
