Insertar imágenes
Cargar documento
mostrar las firmas IETF
es entre
Preguntar antes describer
-R, -r, --ignore directorios de copias recursivamente --reflink=HUMEN] clonar/Co de copia. Consulte debajo de --remomo-dinstation elimina cada fichero existente antes de intentar abrirlo para abrirlo (contrale con --force)
Contabilizado antiguo
Pista de Prevista
Herramienta de rutas: Crear y editar trayectos
Título vertical, Texto vertical
¿Seguro que quiere eliminar los datos seleccionados?
elimina paquetes de redundizados, y ejecutar git-pack-packed
incluir archivos rastreados en el stash
Eliminar contenido de la celda
Actualizaciones de índices
q = salir
Activar ajuste
registro de registro: cancelado por PAM
(obligatorio)
Polílico de Gainlico predeterminado
Anchura para cada elemento
Permitir usuarios no se ejecutan los usuarios a ejecutar programas
bloque de dirección anterior anterior
Trabajar
Indica si no se puede verificar mensajes nuevos en la carpeta de lista.
Paquetes en el archivo de iniciado pero no está en el archivador:
Pulse para establecer el punto B
La versión solicitada de LibreOffice no coincide con:
centro de rotación del objeto
Grueso, Prge Gap
Editar y greyó los menús
No se puede eliminar la lista de módulos
Above a izquierda
--merge-base solo funciona con dos commits
Codificar transacciones existentes
No se pudo leer el índice
Proporciona un efecto transparente con línea de rupado y relleno
Comportar este Targo de Bergo
Usar archivo de subtítulos
Importar todas las columnas en derechas
Mapa
Especifique la configuración de tres grupos de los subtotales. La pestaña Each tiene la misma disposición.
Imprimir 10
No hay ninguna aplicación seleccionada
Coralizador de Kalee
Mostrar el tono de Net
Argumento utilizado para ejecutar programas en la terminal definida por la tecla «E». DEPRECATO: Esta clave está obsoleta y se descarta. La terminal predeterminada y cómo está manejado en GIO.
interpretador de programa
La imagen que se utiliza para mezclar en la mezcla
Convierte una cita a una reunión
El punto de origen es la esquina inferior izquierda de la página.
Enviar escenario a revertir
Página Frontica
Europa occidental (Windows-1252/Winlatino 1)
Desde base de datos
Propiedades CSS de las propiedades originales que se deben copiar, como una lista separada por comas. e.g. 'fill, filtro, opacidad.
Reproducir y detener
Enviar / repartir
Seleccionar otra cuenta
Tiene que introducir al menos una ruta, los marcadores vacíos no están soportados.
El nombre del dispositivo se utiliza para identificar este dispositivo cuando se verá sobre la red, o cuando el dispositivo azul.
-h-tick-hexport El estilo H000 constantes
Ignorar el formato de formato
Incluye estilos de borde en el estilo de tabla seleccionada.
Columnas de codividentes
Avanzada a Inkscape
Abre el cuadro de diálogo Seleccionar ruta para seleccionar otra carpeta o el diálogo Abrir para seleccionar otro archivo.
Ajustar la licencia
Acción de imagen: (major: 200, minuto: 5)
-i, --ignore-files Ignorar errores de recués.
Por favor, introduzca la dirección IP externa
Limpiar la selección y deseleccionar todas las cuentas.
No autorizador a cambiar la configuración de depuración
-zy Marca el objeto Marca de tiempo de ejecución (por defecto)
Omitir página
Falló la consulta de directorio
antiguo
Seleccione el campo de datos que desee ordenar columnas o filas.
Colores de color
Color de línea
vídeo digital (Firire/rerere/a1394)
Fuerza de Cuenta:
4 flechas
Precio de Precatterter
Preguner de miter
Presuento para usar cuando no se ha especificado.
Operación GEGL
Tamaño máximo de GOP
No se pudo iniciar la impresora. Compruebe la configuración de la impresora.
Ajustar a la cuadrícula predeterminada en las ventanas de imagen nuevas.
Assistante
No añadir puntos en puntos de referencia
Error al removiendo lista
Regresión de línea
sintaxis no válida en modo de dirección externo
Aborando.
-Q se descarta -V muestra el número de versión del número -k descarta
definición de bogus transformada, al menos uno de trfssql y tlflks
Los certificados coincidentes.
Eliminar todos los paquetes sinónimos
no es error
Fretos
la línea cambiada
sin cambios
Obtener a tiposken
Transformación de recuros:
No hay que algunos bases de datos no admite este tipo de datos.
Bloq Mayús utilización interna de mayúsculas; Mayús no afecta al Bloqps
Escriba su posición en la precieda en este campo.
Abrir tipografías SVG
Nombre de la impresora
Variables aleatorios de Correladas
commit
Estilo de Join
Para cambiar el tiempo o la configuración de fecha, necesita autentación.
Ajuste de guías:
No hay una expresión simbólico
Suprimir todas las salida normales
Salida de emisión
Selección de salida:
Establece la cumplición de uno o más pistas
Esta clave se activa la tecla Control automático de los iconos Universalias cuando no se activan las características de acceso.
Desactivar mayúsculas y minúsculas para interoptividad con Microsoft Excel
Introduzca un retardo en la visualización de la emisión.
error de escribir el fichero
Las columnas de las columnas son visibles para mostrar el contenido de la selección
Oprophones desactivadas
spectrum.txt
Los datos JSON es vacío
Calidad bajo
hoja de cálculo de Calc
excluir directorios que contienen CACIO.TAGAG
Polício de nuestras rasivas
Posición del panel de vista previa del contacto al pulsar verticalmente.
Confirmar la transformación
Importar datos de muestra
La imagen no es útil para esta descomposición
Final del control de control
Tiempo total/Remainging
Añade el elemento a la lista.
Opacidad y opacidad
Ángulo de Conec:
Eje de Near (o la parte)
Blinón; Bilin
Aserto de acoplante
informes de informes y renombrados como se eliminan los eventos simples
Colores de enlaces inviados
[in&out]
Nombre de usuario copia
Falló el nombre de renombrado
Versión: 678
hh:mm: fotogramas + marcos (25 fps)
Replicar la selección de degradados
Decodificador de subtítulos ESTLL
Relleno de relleno y trazo de un objeto
Los cambios sin reiniciar:
Cuentas de destino
, reubicación de reubicación
Sección y muestra el documento en el área de vista previa.
mapa de colores Bad
Controlar la visibilidad del menú de la selección en la barra de estado.
Reemplazar RGB por cualquier color
--no-subíndices no restaurar subíndices
La cantidad de fuerza aprotando hacia abajo en gramas, establece a 0 para omitir la orden; se descarta la orden de la vista previa (Predeterminado: 0)
Oprima Intro para mover la selección
-w, --con-workers muestra kernel que demasiados son demasiados
Abrir ubicación
Alt + Mayús
Y murió:
Para vídeos, solo los WebM y Matroska (.m.mv) el contenedor está soportado. La extensión del archivo de referenciado no es el vídeo a los formatos de estos formatos.
Las opciones de complementos de PPCCssememáticas son soportados para usar con el modo -M:
Radio del borde:
Configuración de usuario
Línea ascendente
Muestra una previsualización del bloque de la plantilla de bloque de direcciones llenas.
Lista de acciones disponibles
Crea una imagen aproxim-transiones y colores de la imagen saturación
No se puede especificar más de un «---», '-delete' o '-all--chab'
Audacity no puede ser bloquear los archivos temporales. Esta carpeta puede usar en otra copia de Audacity.
Otros CMIS
Sotener
Codificación FDE:
Estilo:
documento ODA
Hay algunas acciones predefinidos disponibles que los usuarios nuevos preferidas con GnuCash. Seleccione uno de estas acciones desde debajo y pulse en el botón Aceptar o oprima si el botón Cancelar si no quiere realizar cualquier cosa.
fila: nombre de facido
Falló la memoria todoocación
Importar datos
efetación de premacución (enfoque)
-warn-und no coincide con la guerra cuando una reubicación ( (s) no tiene una reubicada sin reubicación
¿Quiere activar este complemento?
Lavia (F)
Añadir salto de página de columna
durante la salida preparación
Anchura de página
Objetos vectoriales 5 no contienen trazos con ID 59364
Aplicación Isurururador si está marcada, o desmarque la marca.
Calidad JPEG
Crear desde los objetos Folientes
Permite mostrar en la característica automática.
Importación de la lista de reproducción
Añadir transformación
Falló la creación de archivo de revisión
Editar trayectos de recorte
plantilla (Un nombre)
no se admite staticación/sac
Error al leer la información del bloque
no tiene permisos para realizar la acción
Unidad de la unidad Uniforme de la cuenta de 9 (E.EU.A.-9)
Fondo: Omitir hacia abajo del mapa de colores
Idioma para rescución y hacia abajo en el texto
Para convertir una fórmula en static los valores no necesitan para copiar/pacio; emplea Datos ▸ Calcular ▸ Fórmula a Valor.
-B, --alías-mage-condivialmente todos los objetivos.
Pultar en GIMP
Añadir / transformar
la expresión GREG demasiado grande
hacer una firma
Enviar un complemento al último complemento
Importación de exportación
/Conversación/Get Infoque
Tamaño del marco
Pulse y arrastre para rotar y escala
Cabecera de código fuente de fuente
No se pudo resolsole el nombre del servidor.
Enumera la sección o objeto que los enlaces se refieren en el archivo de origen. Si desea, puede introducir una sección nueva o objeto aquí.
Seleccione el modo en el que BibleSync debería operar.
Tabla de ordenación
Cuando el estado no se especifica en un archivo QIF, las transacciones son marcadas como no está marcada.
Determina la configuración para guardar documentos o Impress en formato HTML.
Abre el cuadro de diálogo Desbloquear la dirección en el que puede definir una disposición de bloque de direcciones nueva.
No disponible
2G (preferido), 3G, 4G
Evitar los dispositivos de confianza nuevos desde el sistema con el sistema cuando se bloqueó la pantalla.
Salir
Mostrar el color de Cuenta como fondo
Ángulo de rotación
Arrastre para seleccionar objetos para editar, pulse para editar este objeto (mo: Mayús)
tamaño 203 en el tipo specspecto
No se elimina la lista de secciones sin pérdidas
-E, --encoding=ENCODINGO la salida de datos en la codificación ENTING
no hay auto- escalado de auto-lante; sufijos de sufijos separarán un error
Webcast
Último estilo usado
Iniciar la pista de inicio
Las respuestas a un mensaje que se arrancieren una lista de correo, pero son repetidamente para enviar el remitente; no es a la lista. ¿Seguro que quiere continuar?
Punto de anchura de trazo: arrastre para el ancho del trazo. Ctrl+ pulse en el botón secundario del control, Ctrl+Alt+Ctrl + botón secundario, Mayús + Mayús + la anchura del cuadro de diálogo.
Longitud de barra:
Stripes 1:5 blanco
Pit/Tempo
no se pudo obtener pack-objects para repackar objetos de remisor
-s, --short es nombre de equipo
Expresión inmediato inválido
Samejo como -radix=8'
Intervalo de número
restaurar el valor de un parámetro de ejecución para el valor predeterminado
Imagen PNM
Devuelve la matriz cuadrada de una unidad de un tamaño.
Ajusta el número de elementos de rayado por clic
Ángulo del valor de dimensiones
El flujo de entrada no está establecido.
Número interno de la fecha.
: operando TLS no puede ser una constante
Appende datos
restaurar sin guardar
vídeo SGI
Color relativo de color
Devuelve la varianza a partir de toda la población. El texto se evalúa como cero.
Siloc: se llama con un argumento de bloqueado
Alfa:
Desión
No se han implementado SPICIAL no está implementado
Falló al leer las cabeceras del archivo
Obtener enfoque
Espero de mit es:
El valor de la cuenta de transferencia no se puede asignar a una cuenta.
peso de tipografía
Fin de una biblioteca
Editar barra de herramientas
Guardar como Draf
No se puede seleccionar precisalmente
El archivo remoto no existe -- roga!
B más recujado
Kurstos
Damérico de Armenio
Error de sintaxis SQL
no se pudo leer el archivo rc
El cuadro de diálogo Combinar correspondencia en la impresión y guardar cartas.
Para aplicar a la pista, todas las pistas seleccionadas deben tener la misma tasa de muestra.
Mono 3rd
Mancha
imprimir contenido de tag
Salida de emisión Chromecast
Elevación:
MODE.SNGL
Reproducir favorito 7 de la lista de reproducción
Descripción de búsqueda
Fallo en la resolución de Tempor omisión
Celda de número
El color de temas
Tipo deforme
Con primer plano
tipo de reubicación 18-bit inesperado
-oBJJFILE nombre de salida del objeto O-file OBR (por defecto)
ISO-8859-10 (Nordic)
cifrado sólo con cilímbo simétrica
crea un clon de clonado para el número especificado de revisiones
Una diapositiva
No se pudo obtener el texto seleccionado.
La capa no puede ser inferior.
Estilo de muestra ustate-error.
Forma del pincel (editor): usar Circular
intular
El ratón si se puede controlar el eje vertical (sinario) puede ser controlar volumen o se ignorar.
-l, -- izquierda-columna sólo la columna izquierda de las líneas comunes
Licencia de Apache, versión 2.0
Subtío
debe especificar una referencia a la fusión
Ajustar punto inicial para definir el ángulo de inicio
Importación BIGTIFF y exportar son ahora
Ver oscuro
Rotar la capa
Árabe (AZERTY)
eliminar refs
Solo oscuro (l)
Dibuja un borde alrededor del lienzo
C&sar el cifrado Cu&tor
A0 (Licape)
no se pudo crear transacción de commit de base de datos
firma 2
Este efecto, también conoció como «gres» o «Confirma» de la tecla «mámas» de las partes de la imagen de primer plano» en el fondo del fondo (estiona). Puede elegir el color «key» para mezclar (bluevo por defecto).
Falta la expresión
Esta extensión es un patrón a lo largo de la curva de los objetos seleccionados.
Esta relación ya existe. ¿Quiere editarlo o crear uno nuevo?
Si no se especifican los archivos de entrada(s), se indican comosumida.
Activar forma personalizada
Información de seguridad
Desplaza el elemento seleccionado en la lista.
inferior
Fundos de Fund
Formato de salida
inconsistencia utilizada de
Semitó las pistas de submitadas para últimos.fm
Evisionar los totales
Asigna una contraseña maestra para proteger el acceso a una contraseña guardada.
No empociar pre-0.929 documento de texto base de texto de base de datos en abrir
la instrucción no permite el índice de desplazamiento
Degradados
La opción destibilidad de la opción de tipo de letra automática para mostrar el color de la pantalla. Los atributos de color de la tipografía no se utilizan para mostrar el texto.
Editar atributos de capas
Como una transacción coincide dentro de estos días
Escala de la escala:
Nivel de detalalal
No se pudo crear el proceso en el servidor
Opciones de Transportamiento
Proteger documento
Icono de la fila
Windows de la imagen
Seleccione el cuadro de verificación y, seleccione el intervalo de celdas donde desee mostrar los resultados del filtro.
Granación de tiempo
Alias para -d
El tipo de relleno de la herramienta seleccionada a los valores predeterminados. Puede cambiar estos valores utilizando la herramienta Texto de texto en. La herramienta superior (zin orden) en la capa activa se utiliza. Si no hay la herramienta dentro de la capa actual se toma desde la capa superior. Pulse Aplicar para crear la herramienta nueva.
Midigo
Envolvente en blanco
Repiladamente una línea con toda CADENA(s), o 'y'.
Barra de fracción
Editar este vocer
Eliminar el valor predefinido seleccionado
Ir a la pestaña siguiente
final de fichero inesperado antes de final de la línea 1175
las opciones de NEWINLINE
La instalación de GIMP está encompleta:
Desplazamiento horizontal horizontal del ancla
instrucción no aceptando la dirección preindexada
La aplicación no existe
inicializar
Formas
Geximado de Fix
No permitir la versión no tiene una versión en secuencia
No se admite el tipo de certificado.
Mover objetos y referencias por archivo
Satrasión
Si el botón se debe pulsar en el botón o no
Establece la imagen contraste, entre 0 y 2. Predeterminado a 1.
datos en la sección ejecutable
Idiomas rogados
de objetos 7
imagen de fax CCTTT
Elementos de grupos
Modo de audio Stereo
Clave de gendend
Agrupar:
Indica si el diálogo de aviso en la versión de las versiones de Evolution se omite.
Error en la lista de direcciones.
Dirección de texto verticalmente.
Espaciado pequeño
-t, --table='TABLE[(COLUMNA]) se va a la tabla específica de tabla(s)
-e necesita un argumento exacto
República de Polandia
Fórmula de tabla Wrongron
Detalles acerca de la actualización:
Control de conexión cerrada.
Indica si esta etiqueta afecta la sangría
Falló «git-pack-index-index» falló
Añade un popolmente para renderizar mes en el navegador web.
Error: desbordamiento de fórmula
documento RAML
Indica si se debe preferir el icono sobre texto
Espaciado de división principal Y:
Devuelve el número de intervalos individuales que pertenecen a un intervalo (multipleo).
-96 dB (PCM) de 16 bits de muestras)
leer órdenes de stdin
Incrementar o desuminar la ganancia (predeterminado 1.0)
Intervalo en el eje Y (pixel)
Establece el componente verde en el color de la diapositiva vertical, y los componentes azules y azules en el campo bidimensional seleccionado. Los valores se pueden 0 a 255.
Páginas por hoja
Nombre actual
Las copias de la selección inicial
Bikekmente
Longitud del cursor blink, en milisegundos
Insertar texto automático
Utilice el URL de base, i.e.e, sin «/check», en el final.
archivador de shell
Indica si las notificaciones globales son globalmente para esta aplicación.
Español (Macintosh)
Cambiar contraste de azul
Seleccione una carpeta para guardar los mensajes enviados.
Umbral 9 dB
Team de Gnumeric
sufijo de reubicación sincleda
no se puede manejar el tirador OP TYPE
Número de días para guardar archivos y temporales
Escala aleatoria
Tiene dos opciones: - La interfaz se redimensionará al tamaño del vídeo en el vídeo de la interfaz de vídeo, para ajustar el tamaño predeterminado por defecto, la interfaz predeterminada para cambiar el tamaño de vídeo.
Crear directorio nuevo
Nivel de esquema del esquema
Redimensionar la capa
Error del error en línea 131. Igno de agno.
no hay rango de dirección que coincida con el rango
Seleccione el nombre corto del registro bibliográfica que desee insertar.
Necesita autenticarse para cambiar la terminal virtual.
Escriba el término de búsqueda en el cuadro o seleccione de la lista.
Generar información de de desinino para PLT
Quita el código de referencia seleccionado de la línea Estructura.
Determina si se debe buscar direcciones para un filtro en libreta de direcciones local en el libro local
expansión de tiempo
código fuente C++
Reproducir un sonido
Indica si este texto está oculto.
Tamaño máximo de la imagen para minia
Desconocificando la emisión de DASH/HLS
interpretar como página del hombre
Devuelve el total del cuadrado de la matriz de dos matrices.
Assames (as)
Mostrar HTML si presenta
Pulse para cerrar
La exportación GLPK no está disponible.
Periodo
Origen...
Artículado por
Este valor determina si los nombres de las hojas en la lista de lista y redodo.
Define si los gráficos del documento se muestran o ocultos.
Conector Off-Page
Escriba la contraseña.
Editar detalles de transacción importada
Carpeta nueva...
Nombre de archivo de configuración de configuración en la acción/vbbb/dbb.
Seleccionar todos los objetos
no se pudo analizar las crecciones de SSPI
Índice de pantalla
No tiene cuentas seleccionadas.
Valor "V" para el color de la clave azul (in valores YUV). Desde 0 a 255. Predeterminado a 90 para azul.
Ir a la pestaña anterior
Ranks y Porcentajes...
Marcadores personalizados
Reiniciar el lienzo del lienzo
No mostrar ningún subtotal para cuentas padres.
Estado del trayecto local:
Sad
Pesor de cursor del cursor
Formato de documento Portable (.pdf)
El software desenviar el software maliciar del software cuando se carga el dispositivo de inicio. La función está activada y la función correcta.
después
Rellenar relleno
Insertar Emomo
falta el número hexadecimal en la escape
Nodo: Entrada de datos
Nuevo en el GUvas GUI (si líneas) para vertical, línea vertical, y zuridad
De manera predeterminada los usuarios no deben incluir transacciones en un informe de transacción. Las transacciones Clasificadas son transferencias de encomo y expensas cuentas a equidad, y debe ser facuido de periodo.
Ruta no válida
Herramienta de la herramienta: la imagen irregulares
Opciones de controlar el seguridad
Mixor del canal...
Gnumeric XML sin comprimir (.xml)
Escriba el ángulo de rotación para las líneas de trama, o pulse en la posición del ángulo.
actual
Limpiar la lista de áreas de origen
Origen y destino de repartir:
Cruevo del ángulo
El archivo contiene caracteres UTF-8 caracteres codificados y no se ha truncado
Forzar imágenes en el correo HTML para cargar
